package lexicon

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// denylist holds everyday words (English, Spanish and the other languages
// of the lists, including Chinese, Japanese and Korean words that also
// occur across word boundaries, such as 자살 in 남자 살빼기), and abbreviations that
// are also currencies, companies or common acronyms, that no list may hold
// as a single-word term: each has a non-medical meaning that would flag
// newsletters, invoices, sports news or business mail. The clinical phrases
// they are part of are fine ("ischemic stroke", "ct scan", "psa test").
var denylist = strings.Fields(`
	patient patients care health healthy doctor doctors nurse nurses test tests testing
	cold stroke strokes depression discharge positive negative shot shots dose doses
	pressure culture cultures labor labour delivery mass lead iron ms pt ed er ct pet
	art prep plan plans visit visits record records chart charts ace sun gas bond
	fever pain cough rash shock attack seizure seizures virus bug infection injury
	injuries wound burn bleeding swelling lump fatigue headache anxiety panic mania
	addiction overdose vertigo delirium concussion shingles hives crabs flu aids aid
	hearing vision sight eye heart lung liver kidney blood bone brain skin back neck
	chest arm leg foot hand head stomach knee ankle shoulder elbow hamstring sprain
	strain torn acl surgery operation treatment therapy clinic hospital medicine
	medical drug drugs pill pills tablet capsule cure recovery rehab detox sober clean
	high low normal abnormal result results report exam screen scan scans panel level
	levels count range trial trials study program benefits claim bill invoice payment
	policy coverage member provider network premium order shipping sale game score team
	season match goal coach player market stock share price update news office manager
	account customer client service support union party election court case school
	class student grade check balance transfer credit loan interest rate bank fund tax
	fee charge budget profit loss growth staff lithium oxygen vitamin potassium calcium
	magnesium zinc steroids adrenaline dopamine serotonin glucose sugar salt caffeine
	nicotine alcohol cancer-free covid covid-19 vaccine vaccines flu-shot pandemic
	emergency fracture bypass transplant pacemaker transfusion x-ray stress
	inr cbc bnp psa chf pci eob emr afp cea bmi bmp cmp alt ast ana anc bun esr ptt abg
	mra emg dnr pcp its ets gina nash gerd epoc avc rsv actos arava skyla creon emend
	exelon soma norco allegra sonata ella yasmin tricor senna frailty dehydration
	salud médico medico paciente cita receta recetas gota gripe dolor presión sangre
	prueba pruebas análisis resultado resultados tratamiento consulta clínica enfermera
	cuidado atención seguro visita parto entrega masa plomo hierro fiebre tos golpe
	ataque crisis positivo negativo demencia locura depresión ansiedad asma infarto
	convulsiones cirugía operación derivación rezept überweisung ordonnance
	рак перелом рецепт давление анализ врач больница лечение тест результат клиника
	здоровье визит суицид эко віл лікар лікарня тиск здоров'я nadciśnienie złamanie
	depresja lekarz szpital badanie wynik wizyta ciśnienie zdrowie morfologia próchnica
	odwyk detoks prześwietlenie krebs fraktur röntgen arzt krankenhaus ergebnis termin
	druck gesundheit entzug entgiftung spirale pille tripper mrt verhütung arts ziekenhuis
	druk gezondheid soa bestraling médecin hôpital santé résultat analyse goutte scanner
	fiv ist pression tension ospedale salute risultato pressione tac frattura demenza pma
	saúde exame fratura derrame franquia raio-x pressão demência opresyon sik tansyon
	doktè lopital hika nakunan tulo depresyon doktor ospital resulta gamot kaarawan
	pagkabalisa pagpapakamatay السرطان الاكتئاب اللولب السيلان الزهري الكوليسترول طبيب
	مستشفى نتائج فحص تحليل علاج ضغط oof neef dhakhtar isbitaal 透析 流产 人流 性病 喘息
	中风 气喘 がん 자살 사랑니 피임 임질 매독 성병 유산 간암 위암 발치 충치 스케일링 정신과
`)

func TestDenylist(t *testing.T) {
	if n := len(denylist); n < 150 {
		t.Fatalf("denylist has %d words, want at least 150", n)
	}
	deny := map[string]bool{}
	for _, w := range denylist {
		deny[w] = true
	}
	for _, l := range Lists() {
		for _, term := range l.Terms {
			if deny[term] || deny[foldTerm(term)] {
				t.Errorf("%s: %q is an everyday word (as matched: %q): use a clinical phrase", l.Name, term, foldTerm(term))
			}
		}
	}
}

// foldTerm folds a term as the matcher does: "dépression" is matched as
// "depression", an everyday word.
func foldTerm(term string) string {
	return strings.Map(FoldRune, term)
}

func TestLists(t *testing.T) {
	want := []struct {
		name     string
		class    Class
		category string
		min      int
	}{
		{"care", Care, "", 150},
		{"diagnoses", Health, "", 500},
		{"drugs", Health, "", 600},
		{"genetic", Restricted, "genetic", 60},
		{"hiv", Restricted, "hiv", 60},
		{"labs", Health, "", 200},
		{"mental-health", Restricted, "mental-health", 60},
		{"procedures", Health, "", 250},
		{"reproductive", Restricted, "reproductive", 60},
		{"substance-use", Restricted, "substance-use", 60},
	}
	ls := Lists()
	if len(ls) != len(want) {
		t.Fatalf("%d lists, want %d", len(ls), len(want))
	}
	for i, w := range want {
		l := ls[i]
		if l.Name != w.name || l.Class != w.class || l.Category != w.category {
			t.Errorf("list %d = %s/%s/%q, want %s/%s/%q", i, l.Name, l.Class, l.Category, w.name, w.class, w.category)
		}
		if len(l.Terms) < w.min {
			t.Errorf("%s: %d terms, want at least %d", l.Name, len(l.Terms), w.min)
		}
		if l.Source == "" || !strings.Contains(l.Licence, "same as Sealpost") {
			t.Errorf("%s: source %q, licence %q", l.Name, l.Source, l.Licence)
		}
		t.Logf("%s: %d terms", l.Name, len(l.Terms))
	}
	// Lists returns copies.
	ls[0].Terms[0] = "changed"
	if Lists()[0].Terms[0] == "changed" {
		t.Error("Lists shares its terms with the caller")
	}
}

// TestFiles checks the files as written: header lines in order, terms
// valid, sorted, unique, and no term in two lists.
func TestFiles(t *testing.T) {
	names, err := fs.Glob(files, "lists/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("glob: %v, %d files", err, len(names))
	}
	owner := map[string]string{}
	for _, name := range names {
		data, err := fs.ReadFile(files, name)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(data, []byte("\r")) {
			t.Errorf("%s: CR line ends", name)
		}
		if len(data) == 0 || data[len(data)-1] != '\n' {
			t.Errorf("%s: no final newline", name)
		}
		list := strings.TrimSuffix(path.Base(name), ".txt")
		sc := bufio.NewScanner(bytes.NewReader(data))
		keys := []string{"list", "class", "category", "source", "licence"}
		prev := ""
		for n := 1; sc.Scan(); n++ {
			line := sc.Text()
			if n <= len(keys) {
				prefix := "# " + keys[n-1] + ": "
				if !strings.HasPrefix(line, prefix) || strings.TrimSpace(line[len(prefix):]) == "" {
					t.Errorf("%s:%d: want header line %q...", name, n, prefix)
				}
				if n == 1 && line != "# list: "+list {
					t.Errorf("%s:1: %q, want %q", name, line, "# list: "+list)
				}
				continue
			}
			if line == "" || strings.HasPrefix(line, "#") {
				t.Errorf("%s:%d: blank or comment line among the terms", name, n)
				continue
			}
			if err := CheckTerm(line); err != nil {
				t.Errorf("%s:%d: %v", name, n, err)
			}
			if line <= prev {
				t.Errorf("%s:%d: %q not after %q (sorted, no duplicates)", name, n, line, prev)
			}
			prev = line
			if o, ok := owner[line]; ok {
				t.Errorf("%s:%d: %q is in %s too", name, n, line, o)
			}
			owner[line] = list
		}
	}
}

// TestPhrasesAreWords checks every term is made of words the matcher
// would keep whole: a word never starts or ends with a joiner, so the
// tokenizer's trimming cannot change it.
func TestPhrasesAreWords(t *testing.T) {
	for _, l := range Lists() {
		for _, term := range l.Terms {
			if got := strings.Join(tokenize(term), " "); got != term && !strings.Contains(term, "'") {
				t.Errorf("%s: %q tokenizes as %q", l.Name, term, got)
			}
		}
	}
}

// tokenize splits s as the policy matcher does: lower-cased words of
// letters and digits, with '-', '/' and '.' kept inside a word.
func tokenize(s string) []string {
	isJoiner := func(r rune) bool { return r == '-' || r == '/' || r == '.' }
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) || isJoiner(r))
	})
	var out []string
	for _, w := range f {
		if w = strings.TrimFunc(w, isJoiner); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// matches returns the health and restricted terms found in text, as the
// matcher finds them: whole words and phrases, and the parts of a joined
// word that is no term itself.
func matches(text string) []string {
	terms := map[string]string{}
	longest := 0
	for _, l := range Lists() {
		if l.Class == Care {
			continue
		}
		for _, term := range l.Terms {
			terms[term] = l.Name
			longest = max(longest, len(strings.Fields(term)))
		}
	}
	var words []string
	for _, w := range tokenize(text) {
		if _, ok := terms[w]; !ok && strings.ContainsAny(w, "-/.") {
			words = append(words, w) // the whole word may start a phrase
			for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' || r == '.' }) {
				words = append(words, p)
			}
			continue
		}
		words = append(words, w)
	}
	var found []string
	for i := range words {
		for n := 1; n <= longest && i+n <= len(words); n++ {
			p := strings.Join(words[i:i+n], " ")
			if l, ok := terms[p]; ok {
				found = append(found, l+":"+p)
			}
		}
	}
	return found
}

// TestNoFalsePositives runs the lists over mail that is not about health.
func TestNoFalsePositives(t *testing.T) {
	texts := map[string]string{
		"newsletter": `This week in the office: our lead designer shares her meal prep tips, the art show
			opens Friday, and Ace Hardware donated a sun shade. Cold weather is coming, so check the gas
			heater. What a stroke of luck that the Great Depression exhibit reopened! The culture club meets
			on Labor Day; please plan your visit and record it on the chart. Mass transit passes are at
			the front desk. PSA: hearing aids for the hard of hearing are available at the front desk.
			A positive attitude, a negative balance, a shot at the title. Our new CEO's appointment was
			announced. Admission tickets to the museum are free. Try a digital detox this weekend.
			Steve Nash, Gerd Müller, Ayrton Senna, Gina, Skyla, Ella, Yasmin and Allegra sent greetings.
			Sonata in C by the quartet. Ryan White joined the team. The RSV translation of the Bible.`,
		"invoice": `Invoice 2024-118. Amount due: INR 45,000 and CHF 1,200. Please pay by EOB Friday.
			PCI DSS compliance fee, BMP and CMP image conversion, ALT and AST parser licences, EMR cluster
			on AWS, AWS X-Ray tracing, AFP wire subscription, CEA report, BMI music licence, ESR filing,
			BNP Paribas wire transfer, CBC advertising, ANC and ANA consulting, DNR permit, EPOC OS,
			AVC codec, MRA agreement, EMG pickups, bun delivery, delivery pressure test, lead pipe and
			iron fittings, bond issue, stress test of the bank portfolio, fit test for respirators,
			the frozen section of the store, total protein on the label, lactic acid supplier,
			nitrogen mg/l in the water report, rainfall mm/hr, potassium chloride fertilizer, Exelon
			utility bill, Tricor business services, Creon and Soma district, Norco bike shop.`,
		"sports": `The quarterback suffered a concussion and a sprained ankle; the striker tore his
			hamstring and the pitcher needs elbow surgery. It was a fever pitch final, a heart-stopping
			shootout. The pacemaker dropped out after ten laps. The team's culture and pressure defence
			won the match. Un final de infarto: la presión alta del equipo y los actos públicos del club.
			La receta de paella de la abuela, gota a gota. El tratamiento de datos personales. Asma
			Khan marcó el gol. This Is Spinal Tap on the Central line, more fun than a root canal.`,
		"business": `Quarterly growth was positive despite the market's cold reception. The merger
			closed; the board approved the plan. The vaccine mandate policy and the covid-19 office
			rules are attached. Flu season reminders. The team will triage the backlog and run the test
			results through CI. We will screen candidates and visit the plant. Our products are in the
			early stage; the trial period ends soon. The union contract covers labor and delivery of goods.
			Abnormal returns, elevated levels of CO2, critical value of the option, out of range readings.`,
	}
	for name, text := range texts {
		if got := matches(text); len(got) > 0 {
			t.Errorf("%s mail matches %v", name, got)
		}
	}
	// The matcher used here does find clinical mail.
	if got := matches("Patient with type 2 diabetes, HbA1c 8.2%, on metformin; HIV viral load undetectable."); len(got) < 4 {
		t.Errorf("clinical text matches only %v", got)
	}
}

func TestParse(t *testing.T) {
	const header = "# list: mine\n# class: health\n# source: me\n# licence: CC0\n"
	l, err := Parse("mine.txt", strings.NewReader(header+"# a comment\nzeta\n\nalpha beta\nmg/dl\ndiagnóstico\n"))
	if err != nil {
		t.Fatal(err)
	}
	if l.Name != "mine" || l.Class != Health || l.Category != "" || l.Source != "me" || l.Licence != "CC0" {
		t.Errorf("header = %+v", l)
	}
	if want := []string{"alpha beta", "diagnóstico", "mg/dl", "zeta"}; !slices.Equal(l.Terms, want) {
		t.Errorf("terms = %q, want %q", l.Terms, want)
	}
	l, err = Parse("r.txt", strings.NewReader("# list: r\n# class: restricted\n# category: hiv\n# source: s\n# license: l\nhiv\n"))
	if err != nil || l.Category != "hiv" || l.Licence != "l" {
		t.Errorf("restricted: %+v, %v", l, err)
	}

	for _, c := range []struct{ text, want string }{
		{"# class: health\n# source: s\n# licence: l\nterm\n", `f.txt:4: header has no "# list:" line`},
		{"# list: f\n# class: health\n# licence: l\nterm\n", `f.txt:4: header has no "# source:" line`},
		{"# list: f\n# class: health\n# source: s\nterm\n", `f.txt:4: header has no "# licence:" line`},
		{"# list: f\n# class: bad\n# source: s\n# licence: l\nterm\n", `f.txt:5: class "bad"`},
		{"# list: f\n# class: restricted\n# source: s\n# licence: l\nterm\n", "f.txt:5: restricted list needs a category"},
		{"# list: f\n# class: restricted\n# category: sports\n# source: s\n# licence: l\nterm\n", "f.txt:6: restricted list needs a category"},
		{"# list: f\n# class: care\n# category: hiv\n# source: s\n# licence: l\nterm\n", "f.txt:6: class care takes no category"},
		{"# list: F\n# class: care\n# source: s\n# licence: l\nterm\n", `f.txt:5: list name "F"`},
		{"# list: f\n# list: g\n", "f.txt:2: list given twice"},
		{header, "f.txt:4: no terms"},
		{header + "ok\nUpper\n", `f.txt:6: term "Upper" is not lower-case`},
		{header + "a  b\n", "f.txt:5: term \"a  b\": words must be separated by single spaces"},
		{header + "c. diff\n", `f.txt:5: term "c. diff": '.' may only be inside a word`},
		{header + "-x\n", `f.txt:5: term "-x": '-' may only be inside a word`},
		{header + "a&b\n", `f.txt:5: term "a&b": character '&' not allowed`},
		{header + "a\tb\n", `f.txt:5: term "a\tb": character '\t' not allowed`},
		{header + "x\ny\nx\n", `f.txt:7: term "x" repeats line 5`},
		{header + "bad\xffbyte\n", "f.txt:5: not UTF-8"},
	} {
		_, err := Parse("f.txt", strings.NewReader(c.text))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("Parse(%q) = %v, want %q...", c.text, err, c.want)
		}
	}
}

func TestCheckTerm(t *testing.T) {
	for _, ok := range []string{"x-ray", "mg/dl", "pt/inr", "crohn's disease", "type 2 diabetes", "µg/dl", "cáncer de mama", "ml/min/1.73m2"} {
		if err := CheckTerm(ok); err != nil {
			t.Errorf("CheckTerm(%q) = %v", ok, err)
		}
	}
	for _, bad := range []string{"", " x", "x ", "x.", "'s", "a(b)", "HIV", "a+"} {
		if CheckTerm(bad) == nil {
			t.Errorf("CheckTerm(%q) = nil, want an error", bad)
		}
	}
}

func ExampleLists() {
	for _, l := range Lists() {
		if l.Class == Restricted {
			fmt.Println(l.Name, l.Category)
		}
	}
	// Output:
	// genetic genetic
	// hiv hiv
	// mental-health mental-health
	// reproductive reproductive
	// substance-use substance-use
}
