package policy

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sealpost/sealpost/policy/names"
)

// around returns the two bytes before word i and the byte after it, each
// 0 past the buffer's ends.
func (s *scanner) around(i int) (b2, b1, a1 byte) {
	t, buf := &s.toks[i], s.buf
	st, end := int(t.start), int(t.end)
	if end < len(buf) {
		a1 = buf[end]
	}
	switch before := buf[:st]; len(before) {
	case 0:
	case 1:
		b1 = before[0]
	default:
		b2, b1 = before[len(before)-2], before[len(before)-1]
	}
	return b2, b1, a1
}

// words checks a word of letters for what starts there: a date written
// month first, a patient's name after its keyword, a salutation. It
// returns the number of words used, or 0.
func (s *scanner) words(i, ord int) int {
	t := &s.toks[i]
	if !t.hashed { // not ASCII: it may be Han or Hangul
		if n := s.honorificName(i); n > 0 {
			return n
		}
		s.kinOf(i)
		if n := s.thaiGreeting(i); n > 0 {
			return n // "สวัสดีครับ คุณกิตติพงษ์ ไชยาพร"
		}
		if s.janGreeting(i) || s.shalomGreeting(i) {
			s.greet(i, i+1) // "شيرين جان سلام،", "מיכל שלום,"
			return 1
		}
		if n := s.koreanRoleName(i); n > 0 {
			s.hit(dName, i, i+n) // "김하은 학생 담임 선생님께": the student a parent or the school nurse writes of
			return n
		}
		if n := s.koreanPatientName(i); n > 0 {
			s.hit(dName, i, i+n) // "환자 박정호 님의 메타돈 용량"
			return n
		}
		if n := s.cjkKinParen(i); n > 0 {
			return n // "阿嬤（陳秀英）明天回診", "할머니(김순자) 당뇨약"
		}
		if n := s.myKin(i); n > 0 {
			s.hit(dName, i, i+n) // "我妈妈的血糖", "我爸爸王建国"
			return n
		}
		if n := s.relativeOfHan(i); n > 0 {
			s.hit(dName, i+2, i+2+n) // "我是王子涵的爷爷": the child the writer is grandfather to
			return 2 + n
		}
	}
	if t.end-t.start == 4 && s.buf[t.start] == 'N' && s.nameCol.k == 0 && s.nameHeader(i) {
		s.headerCell(keyName, i) // "Name             DOB         Procedure"
	}
	if s.nameCol.k != 0 {
		if n := s.columnName(i); n > 0 {
			return n // "Patient            DOB" over "Ellery, Corwin     03/02/1951"
		}
	}
	if t.hashed && t.end-t.start <= 3 && s.buf[t.start]|0x20 == 'd' && slices.Contains(ofHashes, t.hash) {
		s.relativeOf(i) // "sou esposa do Cláudio Souza"
	}
	if i+2 < len(s.toks) && s.toks[i+1].digit && s.toks[i+2].digit {
		if n := s.monthFirstDate(i); n > 0 {
			s.date(i, i+n, ord)
			return n
		}
	}
	if s.title {
		if n := s.subjectRecordName(i); n > 0 {
			return n
		}
		if s.subjectShoutedName(i) {
			s.hit(dName, i, i+2) // "PRIOR AUTH REQ - ZAMORA ESPERANZA - MRI L KNEE"
			return 2
		}
		if s.subjectInitialName(i) {
			s.hit(dName, i, i+2) // "Read: Abernathy L - path results", "Sublocade due - R. Castellano - PA"
			return 2
		}
		if s.subjectSoleName(i) {
			s.soleName = string(s.raw(i)) // "Re: Delgado": whose, the body's "her" says (theirs)
		}
		if s.subjectIsName(i) {
			s.hit(dName, i, len(s.toks)) // "Re: Kwame Abernathy"
			return len(s.toks) - i
		}
		if s.kinSubject(i) {
			s.hit(dName, i, i+1) // a sister's "dad", "Re: Mom update": the mail is about them
			return 1
		}
		if n := s.subjectApartName(i); n > 0 {
			s.titled = string(s.rawRange(i, i+n)) // a patient's if the subject is clinical (walker.subject)
			return n
		}
	}
	b2, b1, a1 := s.around(i)
	if i > 0 && b1 == '(' {
		if n := s.kinParen(i); n > 0 {
			return n // "manman m (Marie Joseph) gen tansyon", "il nonno (Bruno Ferri) ha fatto le analisi"
		}
		if s.surnameParen(i) {
			s.hit(dName, i-1, i+1) // "fax in for Baptiste (Jean-Marc), cardiology referral"
			return 1
		}
	}
	if len(s.families) > 0 && s.where != numWhereHeader && s.familyMember(i) {
		s.hit(dName, i, i+2) // to Megan Lindgren: "Video link - Ava Lindgren speech therapy 3:30"
		return 2
	}
	if i > 0 && b2 == ',' && b1 == ' ' && s.kinComma(i) {
		s.hit(dName, i, i+2) // "w sprawie taty, Zbigniewa Wróbla, sala 412", "my dad, Ray Colton, was admitted"
		return 2
	}
	if a1 == ',' && s.shoutedRecord(i) {
		s.hit(dName, i, i+2) // "HOLLOWAY, ARTHUR": a worklist's patient
		return 2
	}
	if s.reader != "" && b2 == ',' && s.toks[i].start > 2 && s.cheersReader(i) {
		s.greet(i, i+1) // "Great job, Tyler!"
		return 1
	}
	if ord != 0 && s.where != numWhereAttachmentName && !s.nameKeyBefore(ord) {
		return 0 // most words: no name can start here
	}
	switch {
	case s.kinNamed(i, ord) && s.givenName(i) && (i == 0 || s.buf[s.toks[i].start-1] != '('): // kinParen reads "Dad (Ignacio Castellanos)"
		n := 1
		if i+1 < len(s.toks) && s.gapOf(i, " ") && s.name(i+1) {
			n = 2
		}
		s.hit(dName, i, i+n) // "my daughter Maya Fairweather", "mi hermano Julián"
		return n
	case s.where == numWhereAttachmentName && s.filePerson(i):
		s.hit(dName, i, i+2)
		return 2
	case ord-s.last[keyFamily] == 1 && s.name(i) && i > 0 && (s.gapOf(i-1, " ./") || s.titleWrap(i-1)):
		return s.titledName(i, ord) // not "Madame, Monsieur,\n\nVeuillez trouver"
	case ord-s.last[keyFamily] == 1 && initial(s.raw(i)) && i > 0 && s.gapOf(i-1, " .") && s.where != numWhereAttachmentName:
		s.hit(dName, i, i+1) // "Mrs. K in room 4"
		return 1
	case ord-s.last[keyName] == 1 && s.brokenBefore(i):
		return 0 // "tied to a patient.\n\nDale Okonkwo, CBET" signs off
	case ord-s.last[keyName] == 1 && s.name(i) && i+1 < len(s.toks) && s.name(i+1) && s.namePair(i) && !s.blankField(i):
		if !s.completed(i+2) && (i+2 >= len(s.toks) || !s.in(credentials, i+2) && !s.orgTail(i+2) || s.in(fieldNames, i-1)) {
			s.hit(dName, i, i+2) // not "certifies that Ignacio Villalobos, MD, has completed" a course, nor "Client: Ostrander Valley Hospital"; "Employee: Alicia Moreno, RN" is the nurse an exposure report is about
		}
		return 2
	case ord-s.last[keyName] == 1 && s.ptSurname(i):
		s.hit(dName, i, i+1) // "Pt Martinez called, wants to know if she can shower"
		return 1
	case ord-s.last[keyName] == 1 && s.givenName(i) && s.fieldValue(i) && !s.opensTerm(i):
		s.hit(dName, i, i+1) // "firstName": "Lionel", "nombre": "Esperanza": a record's field
		return 1
	case ord-s.last[keyName] == 1 && s.labelledCaps(i):
		s.hit(dName, i, i+2) // "PATIENT: SMITH, JOHN", "Paciente: ANTÔNIO CARLOS"
		return 2
	case ord-s.last[keyName] == 1 && s.nameChar(i):
		if n := s.nameRun(i); n > 0 {
			s.hit(dName, i, i+n) // "患者：王丽华", "환자 김민수"
			return n
		}
		if s.koreanCopulaName(i) {
			s.hit(dName, i, i+3) // "제 이름은 이수진이고": the name, then "and"
			return 3
		}
	case ord == 0 && s.where == numWhereBody && !s.private && s.in(doctorTitles, i) && i+1 < len(s.toks) && s.name(i+1) && s.greetingEnds(i+1):
		s.ev.doctor = true // "Dr. Nakashima," opens an organisation's letter to a counterparty
	case ord-s.last[keyDear] == 1 && s.name(i) && s.last[keyFamily] != ord-1, ord == 0 && s.where >= numWhereBody && s.where <= numWhereBody+1 && s.greeted(i):
		if n := s.salutation(i); n > 0 {
			s.greetEnd = ord + n
			return n // "Dear Maria," or a text that opens "Tyler - " ("Speakers:" is no one)
		}
	}
	return 0
}

// ptSurname reports whether word i is a surname alone after "Pt", as a
// front desk's note names a patient: "Pt Martinez called". Not "PT"
// (a physical therapist), nor a word the lists know ("Pt Portal"), nor
// a name that goes on ("Pt Ana Ruiz": namePair's).
func (s *scanner) ptSurname(i int) bool {
	if i == 0 || string(s.raw(i-1)) != "Pt" && string(s.raw(i-1)) != "pt" || !s.gapOf(i-1, " ") || !s.name(i) || s.in(wordNames, i) {
		return false
	}
	w := s.raw(i)
	if len(w) < 3 || upperWord(w) || !letters(w) {
		return false
	}
	return i+1 >= len(s.toks) || !s.name(i+1) || !s.gapOf(i, " ")
}

// titleWrap reports whether a title's dot and one line's wrap part word
// i from the name after it: "alleges that Mrs.\nKaminski developed".
func (s *scanner) titleWrap(i int) bool {
	g := s.buf[s.toks[i].end:s.toks[i+1].start]
	return len(g) > 1 && g[0] == '.' && bytes.Count(g, []byte("\n")) == 1 && len(bytes.Trim(g[1:], " \r\n")) == 0
}

// surnameParen reports whether word a is a given name alone in
// brackets after a capitalised surname, as a front desk or a census
// writes a patient: "Baptiste (Jean-Marc)", "Nguyen (Linh)". A
// provider's is not: "Dr. Kim (Sarah) covers".
func (s *scanner) surnameParen(a int) bool {
	j := a - 1
	if j < 0 || string(s.buf[s.toks[j].end:s.toks[a].start]) != " (" || !s.closes(a) || !capitalised(s.raw(j)) || !s.name(j) {
		return false
	}
	given := string(s.folded(a))
	if first, _, ok := strings.Cut(given, "-"); ok {
		given = first // "Jean-Marc"
	}
	if !capitalised(s.raw(a)) || !s.name(a) || !names.Given(given) || s.in(orgNouns, j) {
		return false
	}
	return !(j > 0 && (s.in(providerTitles, j-1) || capitalised(s.raw(j-1)) && s.gapOf(j-1, " ")))
}

// kinSubject reports whether word i is the relative a private person's
// subject line is all about: "dad", "Re: Mom update", "news about
// Grandma".
func (s *scanner) kinSubject(i int) bool {
	if !s.private || len(s.toks) > 4 || !s.in(anyKin, i) {
		return false
	}
	for k := range s.toks {
		if k != i && !s.in(kinSubjectWords, k) {
			return false
		}
	}
	return true
}

var kinSubjectWords = wordSet(`re fw fwd update updates news about on and my our w with`)

// familyMember reports whether words i and i+1 name someone of the
// writer's or the reader's family, not they themselves: a common given
// name other than theirs, and their family name. A practice writes to a
// parent of their child, a daughter to her brother of their mother.
func (s *scanner) familyMember(i int) bool {
	if i+1 >= len(s.toks) || lowerStart(s.raw(i)) || !capitalised(s.raw(i+1)) || !s.gapOf(i, " ") {
		return false
	}
	fam := s.folded(i + 1)
	if !slices.Contains(s.families, string(fam)) || !s.givenName(i) {
		return false
	}
	return !slices.Contains(s.selves, string(s.folded(i)))
}

// kinComma reports whether words i and i+1 are a relative's full name
// set off by commas after the relative: "piszę w sprawie taty, Zbigniewa
// Wróbla, sala 412", "my dad, Ray Colton, was admitted".
func (s *scanner) kinComma(i int) bool {
	if i+1 >= len(s.toks) || lowerStart(s.raw(i)) || !s.in(anyKin, i-1) || !s.gapOf(i, " ") || !s.name(i) || !s.name(i+1) {
		return false
	}
	if !capitalised(s.raw(i)) || !capitalised(s.raw(i+1)) {
		return false
	}
	end := int(s.toks[i+1].end)
	return end == len(s.buf) || strings.IndexByte(",.;\n", s.buf[end]) >= 0
}

// kinParen records the name a family member gives a relative in
// brackets, as families write to the relative's doctor in any language:
// "mama (Halina Nowak) miała rano ciśnienie", "папу (Соколов Виктор
// Петрович) положили в больницу", or with a note after a comma: "mamá
// (Carmen Ortega, por si llaman)". Word a opens the bracket; it returns
// the words of the name, or 0.
func (s *scanner) kinParen(a int) int {
	j := a - 1 // the word before the bracket: the relative, or "my" after it ("manman m (Marie Joseph)")
	if !s.bracketAfter(j) {
		return 0
	}
	if !s.in(anyKin, j) && !(j > 0 && s.gapOf(j-1, " ") && s.in(kinParticles, j) && s.in(anyKin, j-1)) {
		return 0
	}
	n := 0
	for k := a; k < min(len(s.toks), a+4); k++ {
		inner := k > a && k+1 < len(s.toks) && nameParticles.has(s.raw(k)) && capitalised(s.raw(k+1))
		cased := capitalised(s.raw(k)) || upperWord(s.raw(k))
		if !inner && (!cased && !caseless(s.raw(k)) || !s.name(k) && !names.Given(string(s.folded(k))) || s.in(bracketWords, k)) {
			return 0
		}
		n++
		if k+1 >= len(s.toks) || !s.gapOf(k, " ") {
			break
		}
	}
	if n < 2 || !s.closes(a+n-1) && !s.gapOf(a+n-1, ", ") {
		return 0 // "Mom (the nurse)"; one word is a nickname's or a note's
	}
	s.hit(dName, a, a+n)
	return n
}

// bracketWords are what a family writes in brackets after a relative
// that is no name: "والدي (رحمه الله)", God rest him.
var bracketWords = wordSet(`الله رحمه رحمها يرحمه يرحمها المرحوم المرحومة مرحوم مرحومه ז"ל ज़िंदा स्वर्गीय`)

// thaiGreeting records the reader a Thai letter greets: "คุณ" (the
// honorific every name takes) joined to the given name, after a hello
// or "เรียน" (Dear), a family name after one space. It returns the
// name's words, or 0.
func (s *scanner) thaiGreeting(i int) int {
	w := s.raw(i)
	if i == 0 || !bytes.HasPrefix(w, thaiKhun) || len(w) <= len(thaiKhun) || !s.gapOf(i-1, " ") || !thaiHellos.has(s.raw(i-1)) {
		return 0
	}
	n := 1
	if i+1 < len(s.toks) && s.gapOf(i, " ") && caseless(s.raw(i+1)) && s.sameLine(i, i+1) {
		n = 2
	}
	s.greet(i, i+n)
	return n
}

// janGreeting reports whether word i is the name a Farsi letter opens
// with, dear ("جان") after it, hello ("سلام") before or after: "شيرين
// جان سلام،", "سلام مریم جان".
func (s *scanner) janGreeting(i int) bool {
	if i+1 >= len(s.toks) || string(s.raw(i+1)) != "جان" || !caseless(s.raw(i)) || !s.gapOf(i, " ") {
		return false
	}
	if i+2 < len(s.toks) && string(s.raw(i+2)) == "سلام" && s.gapOf(i+1, " ") && s.lineStart(i) == s.lineStart(i+2) &&
		(i == 0 || !s.sameLine(i-1, i)) {
		return true
	}
	return i > 0 && string(s.raw(i-1)) == "سلام" && s.gapOf(i-1, " ") && (i == 1 || !s.sameLine(i-2, i-1))
}

// shalomGreeting reports whether word i opens a line with the name that
// "שלום" follows, as Hebrew greets one reader: "מיכל שלום,". "שבת
// שלום" wishes a good Sabbath.
func (s *scanner) shalomGreeting(i int) bool {
	if i+1 >= len(s.toks) || string(s.raw(i+1)) != "שלום" || !caseless(s.raw(i)) || !s.gapOf(i, " ") || i > 0 && s.sameLine(i-1, i) {
		return false
	}
	return !shalomWords.has(s.raw(i)) && s.name(i) && s.greetingEnds(i+1)
}

var shalomWords = wordSet(`שבת חג ערב בוקר יום לכולם לכם רב`)

var (
	thaiKhun   = []byte("คุณ")
	thaiHellos = wordSet(`สวัสดีครับ สวัสดีค่ะ สวัสดีคะ สวัสดี เรียน`)
)

// cjkKinParen records the name a family writes in brackets after a
// relative in Chinese, Japanese or Korean: "阿嬤（陳秀英）", "息子（佐藤陽太）",
// "할머니(김순자)". Word i opens the bracket; it returns the name's words,
// or 0.
func (s *scanner) cjkKinParen(i int) int {
	if i == 0 || !s.nameChar(i) {
		return 0
	}
	before := s.buf[:s.toks[i].start]
	if b, ok := bytes.CutSuffix(before, []byte("(")); ok {
		before = b
	} else if b, ok := bytes.CutSuffix(before, []byte("（")); ok {
		before = b
	} else {
		return 0 // most characters: no bracket before
	}
	before = bytes.TrimSuffix(before, []byte(" "))
	kin := false
	for _, k := range bracketKin {
		kin = kin || bytes.HasSuffix(before, []byte(k))
	}
	if !kin {
		return 0
	}
	n := s.nameRun(i)
	if n == 0 {
		n = s.kanaNameRun(i) // "佐藤ハル": a Japanese given name in kana
	}
	if n < 2 || !s.closes(i+n-1) && !s.agedClose(i+n-1) || !s.surnameFirst(i, n) {
		return 0 // "妈妈（今天）": no name
	}
	s.hit(dName, i, i+n)
	return n
}

// surnameFirst reports whether the n characters at word i may be a
// whole name: a Korean or Chinese family name first, or, in Japanese,
// three or four characters ("佐藤陽太").
func (s *scanner) surnameFirst(i, n int) bool {
	w := string(s.raw(i))
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.Is(unicode.Hangul, r) {
		return hangulSurnames.hasString(w)
	}
	return hanSurnames.hasString(w) || n >= 3
}

// hangulSurnames are the commonest Korean family names.
var hangulSurnames = wordSet(`김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차
주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 은 편 용`)

// kanaNameRun is the length of a name of two to five characters at word
// i, a Han surname and a given name written in kana, as Japanese writes
// many: "佐藤ハル", "田中よし子"; or 0.
func (s *scanner) kanaNameRun(i int) int {
	if !s.nameChar(i) {
		return 0
	}
	for n := 1; n <= 5 && i+n <= len(s.toks); n++ {
		if !s.touches(i + n - 1) {
			if n >= 2 {
				return n
			}
			return 0
		}
		if i+n == len(s.toks) || !s.nameChar(i+n) && !s.kana(i+n) {
			return 0
		}
	}
	return 0
}

// kana reports whether word i is one Hiragana or Katakana character.
func (s *scanner) kana(i int) bool {
	r, size := utf8.DecodeRune(s.raw(i))
	return size == len(s.raw(i)) && (unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
}

// agedClose reports whether an age closes the bracket after word j:
// "おばあちゃん（佐藤ハル、88歳）", "奶奶（王秀英，82岁）".
func (s *scanner) agedClose(j int) bool {
	if j+2 >= len(s.toks) || !s.toks[j+1].digit || s.toks[j+1].letter || !s.ageUnit(j+2) || !s.closes(j+2) {
		return false
	}
	gap := string(s.buf[s.toks[j].end:s.toks[j+1].start])
	return gap == "、" || gap == "，" || gap == "," || gap == ", "
}

// bracketKin are the relatives a Chinese, Japanese or Korean family
// writes of to their doctor.
var bracketKin = []string{"妈妈", "媽媽", "爸爸", "母亲", "母親", "父亲", "父親", "儿子", "兒子", "女儿", "女兒", "丈夫", "妻子",
	"老公", "老婆", "奶奶", "爷爷", "爺爺", "外婆", "外公", "姥姥", "姥爷", "姥爺", "阿嬤", "阿嬷", "阿公", "阿媽", "阿妈", "婆婆",
	"公公", "孩子", "宝宝", "寶寶", "太太", "哥哥", "姐姐", "弟弟", "妹妹", "孙子", "孫子", "孙女", "孫女", "岳母", "岳父",
	"息子", "娘", "母", "父", "夫", "妻", "長男", "長女", "次男", "次女", "主人", "おばあちゃん", "おじいちゃん", "ばあちゃん", "じいちゃん",
	"祖母", "祖父", "お母さん", "お父さん", "母さん", "父さん",
	"엄마", "아빠", "어머니", "아버지", "할머니", "할아버지", "남편", "아내", "아들", "딸", "어머님", "아버님", "시어머니",
	"시아버지", "장모님", "장인어른", "손자", "손녀", "와이프", "동생"}

// nameParticles stand lower-case inside a name: "Maria das Graças
// Moreira", "Ana de la Cruz", "Jan van Dijk".
var nameParticles = wordSet(`de da das do dos del della di la le van von der den bin bint ibn`)

// bracketAfter reports whether an opening bracket follows word i, after
// one space or none.
func (s *scanner) bracketAfter(i int) bool {
	end, next := s.toks[i].end, s.toks[i+1].start
	return next-end == 2 && s.buf[end] == ' ' && s.buf[end+1] == '(' || next-end == 1 && s.buf[end] == '('
}

// kinParticles say "my" or "our" after a relative: Haitian Creole,
// Tagalog, Vietnamese, Swahili, Greek.
var kinParticles = wordSet(`m mwen nou ko namin tôi toi yangu wangu μου`)

// anyKin are the relatives a family writes of, in the languages of the
// word lists, in the forms a bracketed name follows: "mom", "papu"
// (Russian, accusative), "annemin" (Turkish, "my mother's").
var anyKin = wordSet(`mom mum mother dad father son daughter husband wife grandma grandpa grandmother grandfather
brother sister baby nana papa mama manman pitit granmè granpè mamá papá hijo hija esposo esposa abuela abuelo
maman fils fille mari mamie papi mãe mae pai filho filha marido esposa vó vô avó avô nonno nonna figlio figlia
marito moglie mamma oma opa mutter vater sohn tochter babcia dziadek tata syn córka mąż żona
мама маму мамы папа папу папы сын сына дочь дочери муж мужа жена жену бабушка бабушку дедушка дедушку
отец отца отцом мать матерью папой мамой сыном дочерью мужем женой бабушкой дедушкой брат брата братом сестра сестру сестрой
мати сина донька чоловік дружина бабуся дідусь тато тата татом батько батька батьком мамою сином донькою чоловіком
дружиною бабусею дідусем братом сестрою mamą tatą synem córką mężem żoną babcią dziadkiem
μπαμπάς μπαμπά μαμά μητέρα πατέρας πατέρα γιαγιά παππού παππούς אבי אמי אבא אמא סבתא סבא בעלי אשתי בני בתי والدنا والدتنا mamãe papai
mamę tatę córkę żonę babcię siostrę synka córeczkę
taty mamy córki męża żony babci dziadka brata siostry ojca matki anne annem annemin baba babam babamın oğlum kızım eşim
eşimin dedem ninem bố mẹ ông bà con chồng vợ nanay tatay anak lola lolo asawa hooyo aabo wiil gabar
والدي والدتي والدى أمي أبي ابي امي زوجي زوجتي ابني ابنتي جدي جدتي أخي أختي اخي اختي
پدرم مادرم همسرم شوهرم پسرم دخترم مادربزرگم پدربزرگم
ابو امی والد والدہ بیٹا بیٹی شوہر بیوی دادی نانی دادا نانا
माँ मां पिताजी पापा बेटा बेटी पति पत्नी दादी नानी दादा नाना
মা বাবা আব্বা আম্মা ছেলে মেয়ে স্বামী স্ত্রী দাদি নানি
ਮਾਂ ਪਿਤਾ ਬੇਟਾ ਬੇਟੀ ਪਤੀ ਪਤਨੀ ਦਾਦੀ ਨਾਨੀ
אמא אבא אמי אבי בני בתי בעלי אשתי סבתא סבא`)

// kinNamed reports whether word i, at ordinal ord, follows a relative
// as their name may: "my daughter Maya", "my husband is Gideon".
func (s *scanner) kinNamed(i, ord int) bool {
	switch ord - s.last[keyKin] {
	case 1:
		return true
	case 2:
		return i > 0 && s.in(kinCopulas, i-1)
	}
	return false
}

var kinCopulas = wordSet(`is was named called es`)

// shoutedRecord reports whether words i and i+1 are a name in record
// order and in capitals, a common given name second, as worklists, tray
// tickets and census sheets print their patients: "HOLLOWAY, ARTHUR".
func (s *scanner) shoutedRecord(i int) bool {
	a := s.raw(i)
	if i+1 >= len(s.toks) || lowerStart(a) || len(a) >= 2 && a[1] >= 'a' && a[1] <= 'z' || !s.gapOf(i, ", ") {
		return false // most words before a comma: not in capitals
	}
	b := s.raw(i + 1)
	if len(a) < 2 || len(b) < 3 || !upperWord(a) || !upperWord(b) || !letters(a) || !letters(b) || stateCode(b) {
		return false
	}
	if !names.Given(string(s.folded(i+1))) || s.in(notNames, i) {
		return false
	}
	j := i + 2
	if j < len(s.toks) && initial(s.raw(j)) {
		j++
	}
	if j < len(s.toks) && numericDate(s.raw(j)) && s.sameLine(i, j) {
		return false // "DOE, JANE A. 04/12/1961": recordName's, before its birth date
	}
	e := s.entryAt(i)
	return e == nil || len(e.dets) == 0 && e.keys == 0
}

// subjectIsName reports whether the subject, from word i to its end, is
// only a person's name after any reply prefixes: clinicians title the
// thread about a patient by the name alone ("Re: Kwame Abernathy").
func (s *scanner) subjectIsName(i int) bool {
	n := len(s.toks) - i
	if n < 2 || n > 3 || !s.givenName(i) || !s.opensSubject(i) {
		return false
	}
	for k := i + 1; k < len(s.toks); k++ {
		if !s.name(k) && !(k < len(s.toks)-1 && initial(s.raw(k))) || !s.gapOf(k-1, " .") {
			return false
		}
	}
	return true
}

// subjectSoleName reports whether the message's subject, from word i to
// its end, is one capitalised name alone after any reply prefixes:
// "Re: Delgado". Alone it names no one; the body's "her" may say it is
// the patient the thread is about.
func (s *scanner) subjectSoleName(i int) bool {
	w := s.raw(i)
	return s.where == numWhereSubject && i == len(s.toks)-1 && len(w) >= 3 && letters(w) && capitalised(w) && !upperWord(w) &&
		s.name(i) && s.opensSubject(i)
}

// subjectApartName returns the length of a name in order set apart in a
// subject line, a common given name first: "Intake packet - Sloane
// Marchetti - PHP start", "Tyrell Banks - PrEP labs due". Not a doctor's
// or a credentialled speaker's ("Grand rounds - Dr. Sarah Kim",
// "Lecture - Sarah Kim, MD").
func (s *scanner) subjectApartName(i int) int {
	if i+1 >= len(s.toks) || !s.givenName(i) || !s.gapOf(i, " ") || !s.name(i+1) || !s.apartBefore(i) {
		return 0
	}
	if i > 0 && s.in(providerTitles, i-1) {
		return 0
	}
	n := 2
	if i+2 < len(s.toks) && s.gapOf(i+1, " ") && s.name(i+2) {
		n = 3 // "Nilda Ortiz Cruz"
	}
	if !s.apartAfter(i+n-1) || i+n < len(s.toks) && s.in(credentials, i+n) {
		return 0
	}
	return n
}

// subjectRecordName records a name in record order set apart in a
// subject line, as patient worklists and case mail title it: "Compliance
// update - Thorvaldsen, Erik - docket DC-26-0418", "RE: coverage for
// Alvarez-Sutton, Denise - leave extended", a shared file's "Wound
// measurements - Pruitt, Harold (rm 22)". A common given name comes
// second, and a separator, a bracket, a quote or the subject's end on
// each side ("Denver, Colorado summit" runs on).
func (s *scanner) subjectRecordName(i int) int {
	if i+1 >= len(s.toks) || s.buf[s.toks[i].end] != ',' || !s.gapOf(i, ", ") || !s.name(i) || !s.name(i+1) ||
		!s.givenName(i+1) || stateCode(s.raw(i+1)) {
		return 0
	}
	if i+2 < len(s.toks) && (!bytes.ContainsAny(s.buf[s.toks[i+1].end:s.toks[i+2].start], "-–:|()\"'“”‘’[].") && !s.chartShorthand(i+2) ||
		numericDate(s.raw(i+2))) {
		return 0 // runs on (not into chart shorthand: "Gomez, Gabriela 26wk 1hr GTT"), is listed on ("Okafor, Benedict, 3/14/62"), or is recordName's, before its birth date
	}
	if i > 0 && !s.apartBefore(i) && !s.is(i-1, "for") && !s.in(replyPrefixes, i-1) {
		return 0
	}
	s.hit(dName, i, i+2)
	return 2
}

// fieldValue reports whether word i is the value of a labelled field, a
// colon between it and its label: "Patient: Grace", "\"firstName\":
// \"Lionel\"". Prose runs on: "be patient, Grace will call".
func (s *scanner) fieldValue(i int) bool {
	return i > 0 && bytes.ContainsRune(s.buf[s.toks[i-1].end:s.toks[i].start], ':')
}

// opensTerm reports whether word i opens a phrase of the lexicon, which
// a name does not: "Kính gửi quý bệnh nhân: Phòng khám nghỉ Tết" (the
// clinic closes), not a patient Phong.
func (s *scanner) opensTerm(i int) bool {
	e, l := s.lookup(i)
	return e != nil && l >= 2 && len(e.dets) > 0
}

// subjectShoutedName reports whether words i and i+1 are a name in
// capitals set apart by separators in a subject, as fax servers and
// worklists title a patient's paper, a common given name first or
// second: "PRIOR AUTH REQ - ZAMORA ESPERANZA - MRI L KNEE".
func (s *scanner) subjectShoutedName(i int) bool {
	if i == 0 || i+1 >= len(s.toks) || !s.gapOf(i, " ") {
		return false
	}
	a, b := s.raw(i), s.raw(i+1)
	if len(a) < 2 || len(b) < 2 || !upperWord(a) || !upperWord(b) || !letters(a) || !letters(b) {
		return false
	}
	if !names.Given(string(s.folded(i))) && !names.Given(string(s.folded(i+1))) || s.in(notNames, i) || s.in(notNames, i+1) {
		return false
	}
	apart := func(gap []byte) bool { return bytes.ContainsAny(gap, "-–:|") }
	return apart(s.buf[s.toks[i-1].end:s.toks[i].start]) && (i+2 >= len(s.toks) || apart(s.buf[s.toks[i+1].end:s.toks[i+2].start]))
}

// subjectInitialName reports whether words i and i+1 are a name with an
// initial, set apart in a subject as worklists, shared files and
// clinicians' titles write a patient: a surname and an initial
// ("Okafor B - discharge summary", "Pasternak, J - MAB f/u"), an
// initial and a surname ("Sublocade due - R. Castellano - PA expires"),
// a given name and an initial ("PT evaluation - Jared K.").
func (s *scanner) subjectInitialName(i int) bool {
	if i+1 >= len(s.toks) || !s.apartAfter(i+1) {
		return false
	}
	a, b := s.raw(i), s.raw(i+1)
	if !s.apartBefore(i) && !s.fromBefore(i) {
		// "Booking 26-04417 Harlan, T. - sent out to BMH ED": a record's number before the name in record order
		p := i - 1
		return p >= 0 && s.toks[p].digit && !s.toks[p].letter && len(s.raw(p)) >= 5 && s.gapOf(p, " ") && initial(b) &&
			string(s.buf[s.toks[i].end:s.toks[i+1].start]) == ", " && s.nameWord(i)
	}
	switch {
	case initial(b) && s.gapOf(i, " ,") && s.nameWord(i): // "Okafor B", "Pasternak, J"
		return true
	case initial(a) && s.buf[s.toks[i].end] == '.' && s.gapOf(i, ". ") && s.nameWord(i+1): // "R. Castellano"
		return true
	}
	return false
}

// nameWord: a capitalised word of letters that no list holds and that
// is no everyday title word ("Part B", "Vitamin D", "Phase A").
func (s *scanner) nameWord(i int) bool {
	w := s.raw(i)
	if len(w) < 2 || !letters(w) || !capitalised(w) && !upperWord(w) {
		return false
	}
	f := string(s.folded(i))
	if notNames.hasString(f) || monthNames.hasString(f) || documentWords.hasString(f) || titleWords.hasString(f) {
		return false
	}
	e := s.m.entries[f]
	return e == nil || len(e.dets) == 0 && e.keys == 0
}

var titleWords = wordSet(`part plan phase vitamin hepatitis type exhibit schedule building wing tower level room suite unit
appendix section option group lot zone grade class tier step stage floor bay pod site area hall gate dock lane row table
figure chart item version model series`)

// apartBefore reports whether word i opens a part of a subject: its
// start after reply prefixes, or after a separator or a quote.
func (s *scanner) apartBefore(i int) bool {
	return s.opensSubject(i) || i > 0 && bytes.ContainsAny(s.buf[s.toks[i-1].end:s.toks[i].start], "-–:|(\"'“”‘’[")
}

// apartAfter reports whether word j ends a part of a subject: its end,
// or a separator, a bracket, a quote or a file's extension after it.
func (s *scanner) apartAfter(j int) bool {
	if j+1 < len(s.toks) && s.gapOf(j, " ") && bytes.ContainsRune(s.raw(j+1), '/') && s.toks[j+1].digit && !s.toks[j+1].letter {
		j++ // a date of the paper: "Session note - J. Alvarez 12/03 - PTSD"
	}
	return j+1 >= len(s.toks) || bytes.ContainsAny(s.buf[s.toks[j].end:s.toks[j+1].start], "-–:|()\"'“”‘’[],;@.")
}

// brokenBefore reports whether a sentence or a paragraph ends just
// before word i (a label's colon may stand a blank line before it).
func (s *scanner) brokenBefore(i int) bool {
	if i == 0 {
		return false
	}
	gap := s.buf[s.toks[i-1].end:s.toks[i].start]
	return bytes.ContainsAny(gap, ".!?") || bytes.Count(gap, []byte("\n")) >= 2 && !bytes.ContainsRune(gap, ':')
}

// labelledCaps reports whether words i and i+1, after a patient label
// and its colon, are a name in capitals, as lab and pharmacy systems
// print them: "PATIENT: SMITH, JOHN".
func (s *scanner) labelledCaps(i int) bool {
	if i == 0 || i+1 >= len(s.toks) || !bytes.ContainsRune(s.buf[s.toks[i-1].end:s.toks[i].start], ':') ||
		!s.gapOf(i, " ,") {
		return false
	}
	for _, j := range []int{i, i + 1} {
		w := s.raw(j)
		if len(w) < 2 || !upperWord(w) || !letters(w) || s.in(notNames, j) {
			return false
		}
		if e := s.entryAt(j); e != nil && (len(e.dets) > 0 || e.keys != 0) {
			return false
		}
	}
	return true
}

// completed reports whether the words from word j say a course was
// completed: a learner's certificate, not a patient's.
func (s *scanner) completed(j int) bool {
	for k := j; k < min(len(s.toks), j+2); k++ {
		if s.in(learnerVerbs, k) {
			return true
		}
	}
	return false
}

var learnerVerbs = wordSet(`completed attended participated passed earned`)

// namePair reports whether the two capitalised words at word i after a
// patient keyword are a name rather than a heading: a given name comes
// first or last ("Patient: Ana Rivera", "Patient: Rivera Ana"), or a colon
// or a line's end sets them apart ("Patient Fee Schedule" is a price list).
//
// An age after the name says so too, whatever the given name: "la
// paciente Nilda Ortiz Cruz, 54 años", and so does a writer's own
// introduction, where no heading follows: "My name is Reem Alali",
// "اسمي ريم العلي".
func (s *scanner) namePair(i int) bool {
	if i > 0 && s.in(introEnds, i-1) || s.givenName(i) || s.givenName(i+1) || s.in(familyFirst, i) || s.in(wordNames, i) { // "pt Iris Whitcomb"
		return true
	}
	return i > 0 && bytes.ContainsAny(s.buf[s.toks[i-1].end:s.toks[i].start], ":\n\t") || s.agedAfter(i+2)
}

// introEnds are the last words of keyName's introductions ("my name is",
// "me llamo", "меня зовут"): a name follows them, not a heading.
var introEnds = wordSet(`is llamo es é heiße heisse ist chiamo się зовут звати là ay mwen se اسمي من adım waa ስሜ`)

// familyFirst are the commonest family names of the languages that write
// them first, as a Vietnamese referral names "bệnh nhân Trần Thị Mai".
// (Đỗ and Hồ are left out: folded, they are "Patient Do Not Resuscitate".)
var familyFirst = wordSet(`nguyễn nguyen trần tran lê phạm pham hoàng hoang huỳnh huynh phan vũ vu võ vo đặng dang bùi bui
ngô ngo dương duong lý`)

// blankField reports whether the words at i and i+1 only follow a form's
// blank ("Nombre del paciente: ________ Fecha: ___/___\nLa dosis") or
// stand on two lines: no name was written in.
func (s *scanner) blankField(i int) bool {
	return i > 0 && bytes.IndexByte(s.buf[s.toks[i-1].end:s.toks[i].start], '_') >= 0 ||
		bytes.ContainsAny(s.buf[s.toks[i].end:s.toks[i+1].start], "_\n")
}

// agedAfter reports whether an age follows the name ending before word
// j, perhaps after one more of its words: "Nilda Ortiz Cruz, 54 años",
// "Ortiz Cruz (54 y/o)".
func (s *scanner) agedAfter(j int) bool {
	if j < len(s.toks) && s.gapOf(j-1, " ") && s.name(j) {
		j++
	}
	if j+1 >= len(s.toks) || !s.toks[j].digit || s.toks[j].letter || !bytes.ContainsAny(s.buf[s.toks[j-1].end:s.toks[j].start], ",(") {
		return false
	}
	return s.ageUnit(j + 1)
}

// ownsNothingClinical reports whether word i is a possessive ("Ortiz's")
// whose sentence names no care after it: "Mrs. Keller's blood pressure"
// is hers, "Ms. Ortiz's 2nd grade class" is a teacher's.
func (s *scanner) ownsNothingClinical(i int) bool {
	w := s.raw(i)
	if !bytes.HasSuffix(w, []byte("'s")) && !bytes.HasSuffix(w, []byte("’s")) || i+1 >= len(s.toks) {
		return false
	}
	for k := i + 1; k < min(len(s.toks), i+13); k++ {
		if e := s.entryAt(k); e != nil && (len(e.dets) > 0 || e.keys&(1<<keyNoun) != 0) {
			return false // "Mr. Pham's culture came back MSSA"
		}
		if s.toks[k].end-s.toks[k].start <= 5 && upperWord(s.raw(k)) && s.in(labNames, k) {
			return false // "Mr. Oduya's ANC this morning is 1100/uL"
		}
		if bytes.ContainsAny(s.buf[s.toks[k-1].end:s.toks[k].start], ".;!?") { // lines wrap inside a sentence
			break
		}
	}
	return true
}

// orgTail reports whether word j ends an organisation's name, set only
// by a space from the words before it: "Ostrander Valley Hospital",
// "Brightline Partners LLC".
func (s *scanner) orgTail(j int) bool {
	return s.gapOf(j-1, " ") && (s.in(careOrgWords, j) || s.in(orgWords, j))
}

var orgWords = wordSet(`inc llc ltd corp corporation company co center centre group associates partners foundation
institute university college school district county`)

// cheersReader reports whether word i is the reader's name closing the
// first line of a text after a comma, as a cheer or a thanks greets
// them: "Great job, Tyler!", "Thank you, Ana." A welcome greets a new
// account's holder, whoever they are.
func (s *scanner) cheersReader(i int) bool {
	if s.where < numWhereBody || s.where > numWhereBody+1 || !s.gapOf(i-1, ", ") || string(s.folded(i)) != s.reader {
		return false
	}
	if end := int(s.toks[i].end); !s.greetingEnds(i) && (end >= len(s.buf) || s.buf[end] != '.') {
		return false // "Thank you, Ana." ends with a full stop, which greetingEnds does not take
	}
	line := bytes.TrimLeft(s.buf[:s.toks[i].start], " \r\n\t")
	welcome := len(line) >= 7 && bytes.EqualFold(line[:7], []byte("welcome")) // "Welcome to MyHealth, Yvette!" opens an account
	return bytes.IndexByte(line, '\n') < 0 && !welcome
}

// greeted reports whether word i, opening a text, can be its reader's
// name: a common given name, or the first name To: gives the reader.
// "Speakers:" and "Quiz:" open texts too.
func (s *scanner) greeted(i int) bool {
	return s.givenName(i) || s.reader != "" && s.name(i) && string(s.folded(i)) == s.reader
}

// titledName records the name after a title at word i. After a greeting
// or an attention line ("Dear Mrs. Keller," "Hello Ms. Patel -" "Attn:
// Ms. Rivera", "Contact: Mr. John Diaz, account manager") it is the
// reader's, greeted as "Dear Ruth," is; else a patient's ("delivered to
// Mr. Alan Brooks").
func (s *scanner) titledName(i, ord int) int {
	opens := ord == 1 && s.where == numWhereBody && i+1 < len(s.toks) && bytes.HasPrefix(s.buf[s.toks[i].end:s.toks[i+1].start], []byte(",")) &&
		bytes.ContainsAny(s.buf[s.toks[i].end:s.toks[i+1].start], "\r\n") // "Mr. Ambrose,\n": a letter's greeting
	if ord-s.last[keyDear] == 2 || i >= 2 && s.in(attention, i-2) || s.alsoGreeted(i, ord) || opens {
		if n := s.salutation(i); n > 0 {
			s.greetEnd = ord + n
			return n
		}
	}
	if s.staffTitled(i-1) || s.near(keyPanel, ord) || i >= 2 && (s.in(attention, i-2) || s.in(contactLabels, i-2)) {
		return 1 // "a déclaré la directrice générale, Mme Sophie Lambert"; "Speakers: Ms. Rafael Toledo"; "z. Hd. Frau Seidel"
	}
	if s.ownsNothingClinical(i) {
		return 1 // "in Ms. Ortiz's 2nd grade class": a teacher's class
	}
	if i+1 < len(s.toks) && s.gapOf(i, " ") && (s.in(orgNouns, i+1) || s.in(namedPlaces, i+1)) {
		return 1 // "श्री गणेश मंदिर समिति": a temple's committee, named for a god
	}
	if s.sender != "" && string(s.folded(i)) == s.sender {
		return 1 // "Xin gọi chị Lien Tran" from Lien Tran: the sender, to call
	}
	s.hit(dName, i, i+1)
	return 1
}

// namedPlaces are the temples, committees and trusts a title and a name
// go before, as Indian organisations are named: "श्री गणेश मंदिर" (Shri
// Ganesh Temple), "Shri Ram Trust".
var namedPlaces = wordSet(`मंदिर समिति ट्रस्ट अस्पताल विद्यालय संस्थान मंडल सभा गुरुद्वारा temple mandir church mosque masjid
gurdwara trust`)

// alsoGreeted reports whether the title before word i joins a second
// reader to the greeting just made: "Good morning Dr. Ogunleye-Hart and
// Ms. Vance,".
func (s *scanner) alsoGreeted(i, ord int) bool {
	if i < 2 || !s.in(greetingAnd, i-2) {
		return false
	}
	back := ord - s.last[keyDear] // "Good morning Dr. Ogunleye-Hart and": a doctor greeted by title is no name
	return ord-s.greetEnd == 2 && s.sameLine(i-2, i) || back <= 8 && i-back >= 0 && s.sameLine(i-back, i)
}

// staffTitled reports whether a job title and a comma stand just before
// the title at word t: the name is a director's or a spokesman's, quoted
// in a press release or a newsletter, not a patient's.
func (s *scanner) staffTitled(t int) bool {
	if t < 1 || !bytes.ContainsRune(s.buf[s.toks[t-1].end:s.toks[t].start], ',') {
		return false // the job title is the name's apposition: "the director, Mme Lambert"
	}
	for k := t - 1; k >= max(0, t-2); k-- {
		w := string(s.folded(k))
		if roleWords.hasString(w) || staffRoles.hasString(w) {
			return true
		}
	}
	return false
}

var staffRoles = wordSet(`directrice directeur présidente président porte-parole responsable cheffe directora director
presidenta presidente gerente portavoz coordinadora coordinador geschäftsführer geschäftsführerin direktor direktorin
leiter leiterin sprecher sprecherin vorsitzende vorsitzender diretora diretor porta-voz`)

// attention are the words of an address's attention or contact line, and
// of the staff a trade document names: "Sales rep: Mr. Diaz,".
var attention = wordSet(`attn attention c/o contact buyer rep representative technician engineer driver courier
consultant agent manager director officer inspector auditor specialist liaison`)

// contactLabels name the person to write or call, not a reader greeted:
// "z. Hd. Frau Seidel", "For media queries: Ms Rutuja Kulkarni".
var contactLabels = wordSet(`hd queries enquiries inquiries`)

// recordName reports whether a name in record order ends just before the
// date at word i: a family name, a comma, a given name (an initial may
// follow) and, on the same line, the date, long past: "Okafor, Benedict
// 3/14/62", "DOE, JANE A. 04/12/1961". Patient lists, worklists and
// clinical subject lines name a patient so, with the date of birth. A
// date of this year or the last ("Austin, Texas 03/15/2026") is an
// event's, not a birth. It records the name, and returns whether the date
// is taken as a date of birth.
func (s *scanner) recordName(i int) bool {
	given := i - 1
	if given >= 2 && initial(s.raw(given)) {
		given-- // "Jane A."
	}
	family := given - 1
	if family < 0 || s.buf[s.toks[family].end] != ',' || !s.gapOf(family, ", ") {
		return false
	}
	for k := given; k < i; k++ {
		if !s.gapOf(k, " .(-") {
			return false
		}
	}
	if !s.fileNameWord(family) || !s.fileNameWord(given) || stateCode(s.raw(given)) || !s.birthDate(s.raw(i)) {
		return false
	}
	s.hit(dName, family, given+1)
	return true
}

// gapOf reports whether the text between word i and the next holds only
// bytes of set, on one line.
func (s *scanner) gapOf(i int, set string) bool {
	gap := s.buf[s.toks[i].end:s.toks[i+1].start]
	if len(set) == 1 { // most calls: one space
		for _, c := range gap {
			if c != set[0] {
				return false
			}
		}
		return true
	}
	for _, c := range gap {
		if strings.IndexByte(set, c) < 0 {
			return false
		}
	}
	return true
}

// stateCode: two capitals, as "Austin, TX" ends, not as a name does.
func stateCode(w []byte) bool { return len(w) == 2 && upperWord(w) }

// initial: one upper-case letter ("A" of "Jane A.").
func initial(w []byte) bool { return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' }

// birthDate: a date in digits at least two years before the message's
// (any date when the message's is not known).
func (s *scanner) birthDate(w []byte) bool {
	year, ok := dateYear(w, s.year)
	return ok && (s.year == 0 || year <= s.year-2)
}

// personReach is how many words after a person's name a "his" or "her"
// is still theirs.
const personReach = 8

// personBefore returns the name of the person a "his" or "her" at word
// her is about: the nearest words before it, within personReach, that
// are a person's name, and how many words it has. A name is two
// capitalised words side by side on one line ("Ana Rivera had her lumbar
// MRI"), or a common given name alone ("Ethan had his MRI"), neither a
// term nor a keyword, after no provider's title and before no credential
// ("Dr. Sarah Kim", "Sarah Kim, MD"). A name alone is in every signature:
// it counts only beside a clinical term of theirs, and is looked for only
// then.
func (s *scanner) personBefore(her int) (first, n int, ok bool) {
	for last := her - 1; last >= max(0, her-personReach); last-- {
		first, n = last-1, 2
		if first < 0 || !s.gapOf(first, " ") || !s.name(first) || !s.name(last) {
			if !s.givenName(last) {
				continue
			}
			first, n = last, 1
		}
		if first > 0 && s.in(providerTitles, first-1) || s.in(credentials, last+1) {
			return 0, 0, false
		}
		return first, n, true
	}
	return 0, 0, false
}

// salutation: "Dear Maria," "Hi Kevin -" "Estimada María Fernanda:": a
// name that ends the greeting.
func (s *scanner) salutation(i int) int {
	for n := 1; n <= 3 && i+n <= len(s.toks); n++ {
		if n == 3 && !caseless(s.raw(i)) && (!s.givenName(i) || s.titledBefore(i)) {
			break // "Уважаемый Виктор Павлович Громов!", not "Hi Water Management Program,"; "الأخ عبدالله محمد القحطاني،"
		}
		if s.greetingEnds(i+n-1) || s.joined(i+n) {
			s.greet(i, i+n) // "Hi Beatriz and Hector,": a letter to a couple, to parents
			return n
		}
		if i+n >= len(s.toks) || !s.name(i+n) {
			break
		}
	}
	return 0
}

// titledBefore reports whether a title (Mr, Sra.) stands before word i,
// whose name is the title's to read.
func (s *scanner) titledBefore(i int) bool {
	if i == 0 {
		return false
	}
	e := s.entryAt(i - 1)
	return e != nil && e.keys&(1<<keyFamily) != 0
}

// greet records the greeting of words [i, j), unless it greets the one
// recipient by name and that recipient is the sender's colleague: "Hi
// Tobias, your replacement badge" from the hospital's security office is
// business; nor a doctor an organisation greets. A letter greeting someone else ("Dear Mr. Ng" sent to the
// front desk) is still a letter to one person.
func (s *scanner) greet(i, j int) {
	if s.peer && s.greetsReader(i) {
		s.ev.colleague[s.where]++ // unless the mail speaks of a leave (colleagueOnLeave)
		return
	}
	if !s.private && (s.in(doctorTitles, i) || i > 0 && s.in(doctorTitles, i-1)) {
		s.ev.doctor = true
		return // "Prezada Dra. Cristiane," from a payer: a counterparty's greeting; a patient writes to their doctor so too
	}
	s.hit(dSalutation, i, j)
}

// greetsReader reports whether word i is the given name of a recipient
// To: names.
func (s *scanner) greetsReader(i int) bool {
	if s.reader == "" && len(s.colleagues) == 0 {
		return false // most mail: no one To: names to greet
	}
	w := s.folded(i)
	if s.reader != "" {
		return string(w) == s.reader || shortFor(w, s.reader) // "Graça" is longer than "graca": not is's
	}
	for _, c := range s.colleagues {
		if string(w) == c || shortFor(w, c) {
			return true
		}
	}
	return false
}

// shortFor reports whether a greeted name is the short form of a given
// name in Latin letters that it opens: "Greg" for Gregory, "Chris" for
// Christine (a family name alone, "田中" of "田中太郎", is no short form).
func shortFor(w []byte, given string) bool {
	return len(w) >= 3 && len(given) >= len(w)+2 && given[:len(w)] == string(w) && isASCII(given)
}

var doctorTitles = wordSet(`dr doctor dra doctora prof professor`)

// joined reports whether word j joins another reader to a greeting's
// name on its line: "and Hector,", "ve Sayın Hasan Demir,".
func (s *scanner) joined(j int) bool {
	return j+1 < len(s.toks) && s.in(greetingAnd, j) && s.gapOf(j-1, " ") && s.gapOf(j, " ")
}

// greetingAnd joins the two names a greeting may hold.
var greetingAnd = wordSet(`and y e et und en i ve и і`)

// greetingEnds reports whether word i is followed by the punctuation or
// line end that closes a greeting.
func (s *scanner) greetingEnds(i int) bool {
	rest := s.buf[s.toks[i].end:]
	for len(rest) > 0 && rest[0] == ' ' {
		rest = rest[1:]
	}
	if len(rest) == 0 || strings.IndexByte(",:;!-\r\n", rest[0]) >= 0 {
		return true
	}
	r, _ := utf8.DecodeRune(rest)
	return strings.ContainsRune("،؛፣፤፥፦።，：、", r) // Arabic, Ethiopic and CJK punctuation
}

// name reports whether word i can be a person's name: capitalised, not a
// word that follows such keywords without being a name, not a term.
func (s *scanner) name(i int) bool {
	t := &s.toks[i]
	if t.memo&memoName == 0 {
		t.memo |= memoName
		if s.nameAlone(i) {
			t.memo |= memoNameYes
		}
	}
	return t.memo&memoNameYes != 0
}

// nameAlone is name, as worked out the first time it is asked.
func (s *scanner) nameAlone(i int) bool {
	if !capitalised(s.raw(i)) && !caseless(s.raw(i)) {
		return false
	}
	if s.in(notNames, i) || s.in(monthNames, i) && !s.in(monthGiven, i) || s.toks[i].end-s.toks[i].start > 7 && germanPlural(s.folded(i)) {
		return false
	}
	e := s.entryAt(i)
	return e == nil || len(e.dets) == 0 && e.keys == 0
}

// germanPlural reports whether a folded word is a German feminine plural,
// a group a letter greets, never a name: "Sehr geehrte Prüfärztinnen und
// Prüfärzte", "Liebe Kolleginnen".
func germanPlural(w []byte) bool {
	return len(w) > 7 && bytes.HasSuffix(w, []byte("innen"))
}

// monthGiven are months in languages that write them in lower case
// that are also common given names: capitalised, "Lindqvist, Maja" and
// "Julio Ramírez" are people. (English and German capitalise their
// months: "June" stays a month.)
var monthGiven = wordSet(`maja julio mei avril abril augustus nisan eylül marco julius`)

// caseless reports whether w is written in a script without capitals
// (Arabic, Farsi, Hebrew, Ethiopic, Devanagari), where a name looks like
// any word: after a title or a greeting it may be one. Han and Hangul,
// whose names the honorifics find, are not.
func caseless(w []byte) bool {
	r, _ := utf8.DecodeRune(w)
	return r >= utf8.RuneSelf && unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) && !ideographic(r)
}

// lowerStart reports whether w starts with an ASCII byte that is no
// capital letter: most words, which no capitalised-name rule takes.
func lowerStart(w []byte) bool {
	return len(w) > 0 && w[0] < utf8.RuneSelf && (w[0] < 'A' || w[0] > 'Z')
}

// capitalised: an upper-case letter, then at least one lower-case letter,
// and nothing but letters, '-' and apostrophes, after which a capital may
// stand ("O'Neil", "García", "Jean-Baptiste"), as it may after a family
// name's prefix ("McDonald", "DiSalvo", "LaToya").
func capitalised(w []byte) bool {
	if len(w) >= 2 && isUpperAlpha(w[0]) && lowerLetters(w[1:]) {
		return true // most capitalised words: "Morgan", read byte by byte
	}
	r, size := utf8.DecodeRune(w)
	if !unicode.IsUpper(r) || len(w) == size {
		return false
	}
	prev := r
	for k, r := range string(w[size:]) {
		joined := prev == '-' || prev == '\'' || prev == '’' // "Jean-Baptiste", "O'Brien"
		if !unicode.IsLower(r) && r != '-' && r != '\'' && r != '’' && !(joined && unicode.IsUpper(r)) &&
			!(unicode.IsUpper(r) && namePrefixes[string(w[:size+k])] && len(w) > size+k+1) {
			return false
		}
		prev = r
	}
	return true
}

// lowerLetters reports whether w holds only the ASCII letters a to z.
func lowerLetters(w []byte) bool {
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// namePrefixes begin family and given names that capitalise again.
var namePrefixes = map[string]bool{"Mc": true, "Mac": true, "Di": true, "De": true, "Da": true, "Du": true, "La": true,
	"Le": true, "Van": true, "Von": true, "Fitz": true}

// honorificName: a name in Chinese, Japanese or Korean written with the
// honorific that addresses its reader, as "Dear Ms. Wang" does:
// "王丽华女士", "山田太郎様", "김민수님", "김민수 씨", "田中　美咲　様", "박지현 님",
// and a Chinese surname alone before 先生, 女士 or 小姐 ("陳先生 您好"). The
// name is up to five characters in one or two runs after a break, and is
// not a word of address itself ("お客様", "환자님"). It returns the words
// used, or 0.
func (s *scanner) honorificName(i int) int {
	if !s.nameChar(i) || i > 0 && s.touches(i-1) && s.ideo(i-1) {
		return 0
	}
	runs := 1
	for j := i + 1; j <= i+5 && j < len(s.toks); j++ { // the name is words [i, j)
		if n := s.addressed(i, j); n > 0 {
			return n
		}
		if !s.touches(j - 1) {
			if runs++; runs > 2 || !s.spaced(j-1) {
				return 0
			}
		}
		if !s.nameChar(j) {
			return 0
		}
	}
	return 0
}

// addressed reports the words of a greeting whose name is words [i, j):
// an honorific follows, touching the name or one space after it, and
// ends the greeting.
func (s *scanner) addressed(i, j int) int {
	h := 0
	if s.touches(j-1) || s.spaced(j-1) { // "김민수님", "박지현 님", "田中 様"
		h = s.honorific(j)
	}
	if h > 0 && j+h+1 < len(s.toks) && s.agedBracket(j+h) {
		k := j - 1
		for k > i && s.touches(k-1) {
			k-- // the name is the last run before the honorific: "7호실 이영희 님"
		}
		if j-k >= 2 && j-k <= 4 && s.surnameFirst(k, j-k) {
			s.hit(dName, k, j) // "7호실 이영희 님 (78세) 혈압 180/100": a patient, named as staff address them
			return j - i + h
		}
	}
	if h == 0 && s.helloAfter(i, j) {
		s.greet(i, j+2) // "李静 您好："
		return j - i + 2
	}
	if h == 0 || !s.endsGreeting(j+h-1) || addressWords.has(s.rawRange(i, j)) || j-i > 2 && staffTitles.has(s.rawRange(j-2, j)) {
		return 0 // "이준호 선생님", "김 교수님": a doctor, a teacher addressed by their title
	}
	loose := j-i == 1 || !s.touches(j-1) || bytes.ContainsAny(s.buf[s.toks[i].end:s.toks[j-1].start], " \u3000")
	if loose && !s.opensLine(i) {
		return 0 // "秘書 黃小姐" signs a notice; "陳先生 您好" greets
	}
	if j-i == 1 && (!surnameHonorifics.has(s.rawRange(j, j+h)) || s.endsLine(j+h-1)) {
		return 0
	}
	s.greet(i, j+h)
	return j - i + h
}

// opensLine reports whether word i opens a line; endsLine whether word i
// ends one.
func (s *scanner) opensLine(i int) bool {
	if i == 0 {
		return true
	}
	for _, c := range s.buf[s.toks[i-1].end:s.toks[i].start] { // a gap is a byte or two: no call for it
		if c == '\n' {
			return true
		}
	}
	return false
}

func (s *scanner) endsLine(i int) bool {
	return i+1 >= len(s.toks) || bytes.ContainsRune(s.buf[s.toks[i].end:s.toks[i+1].start], '\n')
}

// fromBefore reports whether "from" stands just before word i, as a
// phone system's subject names a caller: "Missed call from KOWALSKI T".
func (s *scanner) fromBefore(i int) bool {
	return i > 0 && s.gapOf(i-1, " ") && s.is(i-1, "from")
}

// kinOf records the name before a possessive particle at word i that a
// relative's noun follows: "我是陳美玲的女兒" (I am Chen Meiling's
// daughter), "田中トシ子の長男". The name is the two or three Han
// characters just before the particle.
func (s *scanner) kinOf(i int) {
	w := string(s.raw(i))
	if w != "的" && w != "の" || i < 2 || !s.touches(i-1) || !s.touches(i) {
		return
	}
	rest := s.buf[s.toks[i].end:min(len(s.buf), int(s.toks[i].end)+16)]
	kin := false
	for _, k := range cjkKin {
		if after, ok := bytes.CutPrefix(rest, []byte(k)); ok {
			r, _ := utf8.DecodeRune(after) // the noun ends there: not "家屬休息室", the family lounge
			kin = kin || len(after) == 0 || !ideographic(r) || r == 'で'
		}
	}
	if !kin {
		return
	}
	first := i
	for first > 0 && i-first < 3 && s.nameChar(first-1) && s.touches(first-1) {
		first--
	}
	if first >= 2 && string(s.rawRange(first-2, first)) == "我是" {
		return // relativeOfHan's
	}
	if i-first >= 2 && !addressWords.has(s.rawRange(first, i)) {
		s.hit(dName, first, i)
	}
}

// relativeOf records the name after "de", "do", "di" or "du" at word i
// when a relative's noun stands before it, as the Romance languages say
// whose relative the writer is: "sou esposa do Cláudio Souza", "soy la
// madre de Lucas", "la mère de Léa". The person named is the one the
// family writes about.
func (s *scanner) relativeOf(i int) {
	if i == 0 || i+1 >= len(s.toks) || !s.gapOf(i-1, " ") || !s.gapOf(i, " ") || !s.in(romanceKin, i-1) || !s.givenName(i+1) {
		return
	}
	n := 1
	for n < 3 && i+1+n < len(s.toks) && s.gapOf(i+n, " ") && s.name(i+1+n) {
		n++
	}
	s.hit(dName, i+1, i+1+n)
}

var (
	ofHashes   = []uint64{wordHash([]byte("de")), wordHash([]byte("do")), wordHash([]byte("da")), wordHash([]byte("di")), wordHash([]byte("du")), wordHash([]byte("del"))}
	romanceKin = wordSet(`madre padre hijo hija esposo esposa marido hermano hermana abuelo abuela nieto nieta
mãe pai filho filha irmão irmã avô avó neta neto mère père fils fille mari frère sœur soeur grand-mère grand-père
figlio figlia marito moglie fratello sorella nonno nonna`)
)

// myKin returns the length of the writer's relative that starts at word
// i, written in Chinese as a family writes of one: "我妈妈的血糖" (my
// mother's blood sugar), "我爸爸王建国" (my father Wang Jianguo). The
// relative is a person when what follows is theirs (的) or their name;
// "我妈妈说" (my mother says) is no one's care. It returns 0 if none.
func (s *scanner) myKin(i int) int {
	if string(s.raw(i)) != "我" || !s.touches(i) {
		return 0
	}
	j := i + 1
	if string(s.raw(j)) == "的" && s.touches(j) {
		j++ // 我的女儿
	}
	rest := s.buf[s.toks[j].start:min(len(s.buf), int(s.toks[j].start)+16)]
	for _, k := range myKinWords {
		after, ok := bytes.CutPrefix(rest, []byte(k))
		if !ok {
			continue
		}
		n := j - i + utf8.RuneCountInString(k)
		if i+n >= len(s.toks) || !s.touches(i+n-1) {
			return 0
		}
		if bytes.HasPrefix(after, []byte("的")) || hanSurnames.has(s.raw(i+n)) && s.nameRun(i+n) >= 2 {
			return n
		}
		return 0
	}
	return 0
}

// relativeOfHan returns the length of the name in "我是王子涵的爷爷" (I am
// Wang Zihan's grandfather) at word i, "我": a family name, one or two
// given characters, 的 and a relative, as a family introduces itself to
// a child's or a parent's care; or 0.
func (s *scanner) relativeOfHan(i int) int {
	if string(s.raw(i)) != "我" || i+5 >= len(s.toks) || string(s.raw(i+1)) != "是" || !s.touches(i) || !s.touches(i+1) ||
		!hanSurnames.has(s.raw(i+2)) {
		return 0
	}
	for n := 2; n <= 3; n++ {
		de := i + 2 + n
		if de+1 >= len(s.toks) || !s.touches(de-1) || string(s.raw(de)) != "的" || !s.touches(de) {
			continue
		}
		rest := s.buf[s.toks[de+1].start:min(len(s.buf), int(s.toks[de+1].start)+9)]
		for _, kin := range [][]string{myKinWords, cjkKin} {
			for _, k := range kin {
				if bytes.HasPrefix(rest, []byte(k)) {
					return n // "我是陳志明的女兒陳怡君" too, her own name after
				}
			}
		}
	}
	return 0
}

// hanSurnames are the commonest Chinese family names, simplified and
// traditional, less those that are everyday words (文, 方, 白, 常, 向).
var hanSurnames = wordSet(`王 李 张 張 刘 劉 陈 陳 杨 楊 黄 黃 赵 趙 吴 吳 周 徐 孙 孫 马 馬 朱 胡 郭 何 林 罗 羅 高 郑 鄭 梁 谢 謝 宋 唐 许
許 韩 韓 冯 馮 邓 鄧 曹 彭 曾 肖 萧 蕭 田 董 潘 袁 蔡 蒋 蔣 余 杜 叶 葉 程 魏 苏 蘇 吕 呂 丁 任 沈 姚 卢 盧 傅 钟 鍾 姜 崔 谭 譚 陆 陸 范 汪 廖
石 金 韦 韋 贾 賈 夏 付 邹 鄒 熊 孟 秦 邱 侯 尹 薛 闫 閻 段 雷 龙 龍 黎 陶 贺 賀 毛 郝 顾 顧 龚 龔 邵 覃 武 钱 錢 戴 严 嚴 欧 歐 莫 孔 汤 湯 康
易 乔 喬 赖 賴 黄 施 洪 翁 游 简 簡 詹 蔡 柯 阮`)

// myKinWords are the relatives, longest first, a Chinese writer calls
// their own: mother, father, son, daughter, husband, wife, grandparents,
// child, baby.
var myKinWords = []string{"妈妈", "媽媽", "爸爸", "母亲", "母親", "父亲", "父親", "儿子", "兒子", "女儿", "女兒", "丈夫", "妻子",
	"老公", "老婆", "奶奶", "爷爷", "爺爺", "外婆", "外公", "姥姥", "姥爷", "姥爺", "孩子", "宝宝", "寶寶", "先生", "太太"}

// cjkKin are the relatives a family member names themselves by.
var cjkKin = []string{"女兒", "女儿", "兒子", "儿子", "母親", "母亲", "父親", "父亲", "家屬", "家属", "太太", "丈夫", "妻子",
	"長男", "長女", "次男", "次女", "息子", "娘", "家族"}

// spaced reports whether one space, ASCII or ideographic, parts word i
// from the next: "田中　美咲".
func (s *scanner) spaced(i int) bool {
	if i+1 >= len(s.toks) {
		return false
	}
	gap := string(s.buf[s.toks[i].end:s.toks[i+1].start])
	return gap == " " || gap == "\u3000"
}

// honorific returns how many words of an honorific start at word i.
func (s *scanner) honorific(i int) int {
	for _, h := range honorifics {
		if n := utf8.RuneCountInString(h); i+n <= len(s.toks) && string(s.rawRange(i, i+n)) == h &&
			(n == 1 || s.touches(i) && (n < 3 || s.touches(i+1))) {
			return n
		}
	}
	return 0
}

// nameRun returns the length of the Han or Hangul name at word i: two to
// four touching characters with a break after them, or 0.
func (s *scanner) nameRun(i int) int {
	if e, _ := s.lookup(i); e != nil && len(e.dets) > 0 {
		return 0 // a term: "糖尿病患者：空腹血糖" is diabetic patients' fasting glucose
	}
	if hanParticles.has(s.raw(i)) {
		return 0 // "患者的女性": a particle opens no name
	}
	for n := 1; n <= 4 && i+n <= len(s.toks); n++ {
		if !s.touches(i + n - 1) {
			if n >= 2 {
				return n
			}
			return 0
		}
		if i+n == len(s.toks) || !s.nameChar(i+n) {
			return 0
		}
	}
	return 0
}

// koreanCopulaName reports whether word i starts a Korean name of three
// syllables, a surname and a given name, that a copula ends in the same
// run, as a writer introduces themself: "제 이름은 이수진이고",
// "이수진입니다".
func (s *scanner) koreanCopulaName(i int) bool {
	if !hangulSurnames.has(s.raw(i)) || !s.touches(i) || !s.touches(i+1) || !s.nameChar(i+1) || !s.nameChar(i+2) {
		return false
	}
	for _, c := range koreanCopulas {
		if k := utf8.RuneCountInString(c); i+3+k <= len(s.toks) && string(s.rawRange(i+3, i+3+k)) == c && !s.touches(i+2+k) {
			return true
		}
	}
	return false
}

// koreanCopulas end a name a writer gives as theirs: "…이고" (and),
// "…입니다" (it is), "…이에요", "…이며", "…이라고 합니다".
var koreanCopulas = []string{"이고", "입니다", "이에요", "이며", "이라고", "예요"}

// koreanRoleName returns the length of the Korean name at word i that a
// role a school or a clinic gives its person follows: "김하은 학생",
// "박민준 학생 어머님께", "이영희 환자"; or 0.
func (s *scanner) koreanRoleName(i int) int {
	n := s.nameRun(i)
	if n < 2 || n > 4 || !hangulSurnames.has(s.raw(i)) || !s.spaced(i+n-1) {
		return 0
	}
	for _, role := range koreanRoles {
		if k := utf8.RuneCountInString(role); i+n+k <= len(s.toks) && string(s.rawRange(i+n, i+n+k)) == role {
			return n
		}
	}
	return 0
}

// koreanPatientName returns the length of the Korean name at word i
// that "환자" (patient) comes before and an honorific after, as an
// interpreter or a nurse writes of one: "환자 박정호 님의", "환자 김민수 씨"; or 0.
func (s *scanner) koreanPatientName(i int) int {
	if i < 2 || string(s.rawRange(i-2, i)) != "환자" || !s.spaced(i-1) || i > 2 && s.touches(i-3) {
		return 0
	}
	n := s.nameRun(i)
	if n < 2 || n > 4 || !hangulSurnames.has(s.raw(i)) || !s.spaced(i+n-1) || i+n >= len(s.toks) {
		return 0
	}
	if h := string(s.raw(i + n)); h != "님" && h != "씨" {
		return 0
	}
	return n
}

// koreanRoles follow the name of a student, a child in care or a patient.
var koreanRoles = []string{"학생", "환자", "어린이", "원생", "환아"}

// hanParticles are the Chinese particles and function words that never
// open a name: "家族中有乳腺癌患者的女性" (women whose family has a patient).
var hanParticles = wordSet(`的 是 在 和 与 與 及 或 等 了 也 都 就 而 但 请 請 需 要 可 将 將 已 被 把 对 對 从 從 於`) // not 于 or 向, surnames too

// endsGreeting reports whether the honorific ending at word i ends the
// greeting: a break follows, the Korean "to" of a letter ("님께"), or
// the Chinese "hello" ("王磊先生您好：").
func (s *scanner) endsGreeting(i int) bool {
	if !s.touches(i) || string(s.raw(i+1)) == "께" && !s.touches(i+1) {
		return true
	}
	return i+2 < len(s.toks) && s.touches(i+1) && !s.touches(i+2) && hanHellos.has(s.rawRange(i+1, i+3))
}

var hanHellos = wordSet(`您好 你好`)

// agedBracket reports whether an age in brackets opens at word k: "(78세)",
// "（82歳）".
func (s *scanner) agedBracket(k int) bool {
	gap := bytes.TrimLeft(s.buf[s.toks[k-1].end:s.toks[k].start], " ")
	if string(gap) != "(" && string(gap) != "（" || !s.toks[k].digit || s.toks[k].letter {
		return false
	}
	return s.ageUnit(k+1) && s.closes(k+1)
}

// helloAfter reports whether the name of words [i, j), two or three
// characters opening a line, a surname first, is greeted by a hello
// alone, as Chinese letters open: "李静 您好：", "王建国您好".
func (s *scanner) helloAfter(i, j int) bool {
	if j-i < 2 || j-i > 3 || j+1 >= len(s.toks) || !s.touches(j-1) && !s.spaced(j-1) || !s.touches(j) {
		return false
	}
	if !hanHellos.has(s.rawRange(j, j+2)) || j+2 < len(s.toks) && s.touches(j+1) {
		return false
	}
	return s.opensLine(i) && s.surnameFirst(i, j-i) && !addressWords.has(s.rawRange(i, j))
}

// nameChar reports whether word i is a Han or Hangul character, as the
// names of Chinese, Japanese and Korean people are written (kana is not).
func (s *scanner) nameChar(i int) bool {
	r, size := utf8.DecodeRune(s.raw(i))
	return size == len(s.raw(i)) && size > 1 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r))
}

// ideo reports whether word i is one ideographic or Hangul character.
func (s *scanner) ideo(i int) bool {
	r, size := utf8.DecodeRune(s.raw(i))
	return size == len(s.raw(i)) && size > 1 && ideographic(r)
}

// touches reports whether word i and the next touch, as the characters
// of a Chinese name do.
func (s *scanner) touches(i int) bool { return i+1 < len(s.toks) && s.toks[i].end == s.toks[i+1].start }

// honorifics address a person after their name; addressWords are what
// they follow when they address no one by name.
var (
	honorifics = []string{"女士", "先生", "小姐", "师傅", "師傅", "阿姨", "叔叔", "様", "さま", "さん", "殿", "님", "씨"}
	// surnameHonorifics follow a Chinese surname alone: "陳先生", "王女士".
	surnameHonorifics = wordSet(`先生 女士 小姐`)
	// staffTitles address a doctor, a teacher or a head of service before
	// the Korean honorific: 선생님, 교수님, 원장님, 과장님.
	staffTitles  = wordSet(`선생 교수 원장 과장`)
	addressWords = wordSet(`患者 会員 利用者 顧客 客户 各位 大家 家長 家长 病人 客人 고객 환자 회원 여러분 보호자 선생 관계자 담당자
교수 원장 의사 간호사 부모 어머 아버 사장 부장 과장 팀장
事務長 院長 医院長 担当者 ご担当者 担当 部長 課長 所長 社長 店長 主任 理事長 会長 看護師長 師長 薬局長 事務局 皆 皆さん 院长 经理 老师`)
)

// nameHeader reports whether word i is a plain-text table's "Name"
// header cell beside a cell that makes the rows patients: a date of
// birth, a record number, a diagnosis, a procedure or a clinical scale
// ("Name  DOB  Procedure", "Name  Source  CAPS-5  Outcome"). A staff
// list's "Name  Role  Extension" is no one's care.
func (s *scanner) nameHeader(i int) bool {
	if w := s.raw(i); string(w) != "Name" && string(w) != "NAME" || !s.cellGap(i-1) || !s.cellGap(i) {
		return false
	}
	for k := i - 1; k >= 0 && k > i-12 && s.sameLine(k, i); k-- {
		if s.in(recordHeaders, k) {
			return true
		}
	}
	for k := i + 1; k < len(s.toks) && k < i+12 && s.sameLine(i, k); k++ {
		if s.in(recordHeaders, k) {
			return true
		}
	}
	return false
}

// recordHeaders are the header cells of a table of patients.
var recordHeaders = wordSet(`dob d.o.b birthdate mrn diagnosis diagnoses dx procedure procedures medication medications meds
condition allergies icd icd-10 cpt caps-5 pcl-5 phq-9 gad-7 moca mmse audit-c epds`)
