package policy

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"path"
	"strings"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // decode non-UTF-8 parts

	"github.com/sealpost/sealpost/policy/doctext"
	"github.com/sealpost/sealpost/policy/names"
)

// Budgets bound how much of a message inspection reads.
type Budgets struct {
	Part    int64 // decoded bytes read of one part
	Message int64 // decoded bytes read of the whole message
	Depth   int   // nesting of multiparts and attached messages
}

// DefaultBudgets hold a 25 MiB message whole.
var DefaultBudgets = Budgets{Part: 16 << 20, Message: 40 << 20, Depth: 12}

// walker reads a message's MIME tree as a reader would see it and feeds
// every text to the scanner: subject, display names, each text part (HTML
// as text, structured payloads summarised too), attachment names, the
// text of PDF and Office documents, attached messages. What it cannot read
// in full is recorded as unreadable: inspection fails closed.
type walker struct {
	sc       *scanner
	ev       *evidence
	budgets  Budgets
	left     int64 // of the message budget
	broken   bool  // the MIME structure broke: the raw message is read too
	fromCare bool  // the sender's display name is a care provider's: a name its subject sets apart is a patient's
	copyBuf  []byte
	header   struct {
		sensitivity string
		bulk        bool
	}
}

func (w *walker) message(msg []byte) {
	ent, err := message.Read(bytes.NewReader(msg))
	if ent == nil {
		w.unreadable(WhereBody)
		w.scanRaw(WhereBody, msg)
		return
	}
	w.top(ent.Header)
	w.entity(ent, err, WhereBody, 0)
	if w.broken {
		w.scanRaw(WhereBody, msg) // what follows the break is not missed
	}
}

// top reads the header fields of the message itself.
func (w *walker) top(h message.Header) {
	w.sc.year = dateHeaderYear(h.Get("Date")) // a date of birth is long before it
	w.sc.reader = foldText(readerName(h))     // folded, as the words it is compared with: "Graça" is "graca"
	w.sc.domains = headerDomains(h)
	w.header.sensitivity = headerSensitivity(h.Get("X-Sensitivity"))
	w.header.bulk = h.Get("List-Unsubscribe") != "" || h.Get("List-Id") != "" ||
		strings.EqualFold(strings.TrimSpace(h.Get("Precedence")), "bulk") && !autoNotice(h) ||
		strings.EqualFold(strings.TrimSpace(h.Get("Precedence")), "list") || broadcast(headerText(h, "To"))
	from, to := headerText(h, "From"), headerText(h, "To")
	w.sc.private = personSender(from)
	w.header.bulk = w.header.bulk || listAddress(to) && !w.sc.private
	w.ev.private = w.sc.private
	w.ev.hidden = hiddenReaders(to)
	if lookalike(headerDomain(from), headerDomain(to)) {
		w.ev.lure = true // "wrenfie1d-portal.test" to wrenfieldhealth: a phish's
	}
	w.sc.sender = ""
	if displayPart(from) != "" {
		w.sc.sender = foldText(firstNameOf(from)) // "Lien Tran <ltran@lanternway…>" calls herself "chị Lien Tran"
	}
	w.sc.families, w.sc.selves = familyNames(w.sc.families[:0], w.sc.selves[:0], from, to)
	staffCare := staffHealth(from, to)
	w.sc.peer = (colleagues(from, to) || professional(to) && !w.sc.private) && !staffCare
	w.ev.orgPair = orgPair(from, to) || vendorDesk(from, to)
	w.sc.colleagues = nil
	if w.sc.peer && w.sc.reader == "" && strings.Count(to, "@") > 1 {
		w.sc.colleagues = colleagueNames(to)
	}
	w.fromCare = careName(displayPart(from))
	subject := headerText(h, "Subject") // read knowing who writes to whom, as the body is
	w.subject(WhereSubject, subjectFiles(subject))
	w.ev.counts[dSubjectTag][whereIndex(WhereSubject)] += countTags(subject)
	w.ev.toCare = writesToCare(from, to) || careWritesTo(from, to) && !vendorDesk(from, to) || staffCare
	w.ev.site = domainCategory(from)
	if w.ev.site < 0 && strings.Count(to, "@") == 1 {
		w.ev.site = domainCategory(to) // a patient, a lab, a shared sheet writing to the programme
	}
	w.names(WhereHeader, h)
	if w.sc.private && w.careNamed(from, to) {
		w.ev.toCare = true // and the care the mailbox names is what the writer seeks
	}
}

// careNamed reports whether a private person writes, from outside, to
// one mailbox whose name says what care it gives ("Linden House Eating
// Disorder Program"), and records that name's terms: the writer seeks
// that care, for themself or for their own. (A name that says nothing
// of care, "Accounts", adds nothing.)
func (w *walker) careNamed(from, to string) bool {
	name := displayPart(to)
	if name == "" || strings.Count(to, "@") != 1 || headerDomain(from) == headerDomain(to) || personName(name) || !careName(name) && officeName(name) ||
		listName(name) {
		return false
	}
	where := whereIndex(WhereHeader)
	before := w.clinicalAt(where)
	w.text(WhereHeader, name)
	return w.clinicalAt(where) > before
}

// listName reports whether a display name is a mailing list's, its
// last word saying so: "Genetic Counselor Listserv", "GC Jobs" gather
// a profession, they give no care.
func listName(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	return listWords.hasString(foldText(name[i+1:]))
}

var listWords = wordSet(`listserv listserve list jobs forum digest`)

// clinicalAt counts the clinical terms found so far at where.
func (w *walker) clinicalAt(where int) int {
	n := 0
	for _, d := range clinicalTerms {
		n += w.ev.counts[d][where]
	}
	return n
}

// headerSensitivity returns the level an X-Sensitivity field asks for:
// a level's name ("phi", "restricted"), or phi for the words senders mark
// a message with ("Confidential", "Private", "Sensitive").
func headerSensitivity(v string) string {
	v = strings.ToLower(strings.TrimSpace(v))
	if sensitivityWords.hasString(v) {
		return string(LevelPHI)
	}
	return v
}

var sensitivityWords = wordSet(`confidential private personal sensitive secure protected encrypt`)

// colleagues reports whether every recipient To: names works beside the
// sender: at the sender's own domain. A greeting then greets a colleague,
// not a patient: "Hi Tobias, your replacement badge" from the hospital's
// security office. (Subdomains are not compared: a clinic at
// clinic.example.com shares no one's mailbox at example.com.)
func colleagues(from, to string) bool {
	fd := headerDomain(from)
	if fd == "" || to == "" {
		return false
	}
	for _, rcpt := range addressList(to) {
		td := headerDomain(rcpt)
		if td != fd {
			return false
		}
	}
	return true
}

// addressList splits an address header at the commas between addresses,
// not those inside a quoted display name ("Okafor, Ada" <ada@…>) or
// angle brackets.
func addressList(v string) []string {
	var list []string
	quoted, angle, start := false, false, 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == '\\' && quoted:
			i++
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '<':
			angle = true
		case c == '>':
			angle = false
		case c == ',' && !angle:
			list = append(list, v[start:i])
			start = i + 1
		}
	}
	return append(list, v[start:])
}

// professional reports whether the one recipient To: names is written
// as a professional: with a provider's title or a credential ("Dra.
// Cristiane Leal", "Iwasaki, Noboru PharmD", "Renata Okonjo MD"), or a
// job title after a comma ("Ingeborg Sallis, Practice Manager"). A
// greeting to them greets a counterparty, not a patient about their care.
func professional(to string) bool {
	name := displayPart(to)
	if name == "" || strings.Count(to, "@") != 1 {
		return false
	}
	if _, after, ok := strings.Cut(name, ","); ok && isRole(after) {
		return true
	}
	for _, w := range strings.FieldsFunc(foldText(name), func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '(' || r == ')' }) {
		if providerTitles.hasString(w) && w != "nurse" || credentials.hasString(w) && w != "do" && w != "pa" {
			return true
		}
	}
	return false
}

// credentialled reports whether s ends in a credential, as "Noboru
// PharmD" of "Iwasaki, Noboru PharmD" does.
func credentialled(s string) bool {
	ws := strings.Fields(foldText(s))
	return len(ws) > 1 && credentials.hasString(strings.Trim(ws[len(ws)-1], "."))
}

// isRole reports whether what follows a display name's comma is a job
// title or a credential, not a given name.
func isRole(s string) bool {
	for _, w := range strings.FieldsFunc(foldText(s), func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
		if roleWords.hasString(w) || credentials.hasString(w) {
			return true
		}
	}
	return false
}

var roleWords = wordSet(`manager director coordinator administrator supervisor officer analyst specialist consultant
lead head chief president vp ceo cfo coo cmo cno cio representative rep buyer assistant secretary receptionist
scheduler biller coder engineer developer counsel attorney`)

// lookalike reports whether the sender's domain spells the recipient's
// organisation with a digit or a letter pair for the letters it looks
// like ("wrenfie1d-portal" for wrenfieldhealth, "rnercy" for mercy): a
// phish's sender, whose "your results" speak to no one (lures).
func lookalike(from, to string) bool {
	if from == "" || to == "" || from == to {
		return false
	}
	a, _, _ := strings.Cut(from, ".")
	if !strings.ContainsAny(a, "0135") && !strings.Contains(a, "rn") && !strings.Contains(a, "vv") {
		return false // no look-alike letters (most senders): another organisation
	}
	b, _, _ := strings.Cut(to, ".")
	a, b = strings.ReplaceAll(a, "-", ""), strings.ReplaceAll(b, "-", "")
	n := lookalikeLetters.Replace(a)
	k := 0
	for k < len(n) && k < len(b) && n[k] == b[k] {
		k++
	}
	return k >= 6 && !strings.HasPrefix(a, b[:k])
}

// lookalikeLetters are what a phish's domain writes for the letters it
// looks like.
var lookalikeLetters = strings.NewReplacer("0", "o", "1", "l", "3", "e", "5", "s", "rn", "m", "vv", "w")

// headerDomain returns the lower-case domain of the address in a header
// value ("Ana <ana@Clinic.example>"), or "".
func headerDomain(v string) string {
	if i := strings.LastIndexByte(v, '<'); i >= 0 {
		v = v[i+1:]
	}
	v = strings.TrimRight(strings.TrimSpace(v), ">")
	if !strings.Contains(v, "@") {
		return ""
	}
	return domainOf(strings.TrimSpace(v))
}

// headerDomains returns the domains of the addresses the message is from
// and to, lower-case, each followed by a space: "corbinlogistics.example.com ".
func headerDomains(h message.Header) string {
	var b strings.Builder
	for _, k := range []string{"From", "Sender", "Reply-To", "To", "Cc"} {
		for _, a := range addressList(headerText(h, k)) {
			if d := headerDomain(a); d != "" {
				b.WriteString(d)
				b.WriteByte(' ')
			}
		}
	}
	return b.String()
}

// names reads the sender's display names and organisation: "Methadone
// Clinic Front Desk" <desk@...> says something of whoever it writes to.
// The recipients' names do not: a vendor writing to "Oncology Billing"
// tells nothing of a patient.
func (w *walker) names(where Where, h message.Header) {
	var b strings.Builder
	for _, k := range []string{"From", "Sender", "Reply-To", "Organization"} {
		if v := headerText(h, k); v != "" {
			b.WriteString(v)
			b.WriteByte('\n')
		}
	}
	w.text(where, b.String())
	b.Reset()
	for _, k := range []string{"To", "Cc"} {
		for _, a := range addressList(headerText(h, k)) {
			if note := displayNote(a); note != "" {
				b.WriteString(note) // "Thomas Abara (acct 77120 - ankle fx f/u ortho)": a front desk's note on its patient
				b.WriteByte('\n')
			}
		}
	}
	w.sc.notes = true // notedPerson reads only these
	w.text(where, b.String())
	w.sc.notes = false
}

// displayNote returns a recipient's display name when it carries a note
// after the name, in brackets or after a dash, as an address book saves
// one, or "".
func displayNote(addr string) string {
	n := displayPart(addr)
	if i := strings.IndexByte(n, '('); i > 0 && strings.HasSuffix(n, ")") && strings.ContainsAny(n[i:], " ") {
		return n
	}
	if i := strings.Index(n, " - "); i > 0 && strings.Contains(n[i+3:], " ") {
		return n // "Rosa Ibarra - wound clinic Tu/Th, L heel ulcer"
	}
	return ""
}

// broadcast reports whether To: names a whole workforce ("All Staff
// <allstaff@…>", "everyone@…"): a notice to all is a mailing, about no
// one of them.
func broadcast(to string) bool {
	to = strings.ToLower(to)
	for _, part := range addressList(to) {
		name, addr, ok := strings.Cut(part, "<")
		if !ok {
			name, addr = "", part
		}
		name = strings.Trim(strings.TrimSpace(name), `"'`)
		local, _, _ := strings.Cut(strings.TrimSpace(addr), "@")
		if first, _, _ := strings.Cut(local, "-"); !broadcastName(name) && !broadcastLocals.hasString(local) && !broadcastLocals.hasString(first) {
			return false // "derechohabientes-umf28@": the clinic's beneficiaries
		}
	}
	return true
}

// hiddenReaders reports whether To: hides who the message goes to, as
// mail sent to many in Bcc does: "undisclosed-recipients:;",
// "Undisclosed recipients <undisclosed@…>". A provider tells one patient
// of their results by name; a "your test results are ready" sent so is
// a lure or a mailing, while a family's letter sent so still tells of
// the aunt it names.
func hiddenReaders(to string) bool {
	to = strings.ToLower(to)
	for _, w := range []string{"undisclosed-recipients", "undisclosed recipients", "undisclosed@"} {
		if strings.Contains(to, w) {
			return strings.Count(to, "@") <= 1
		}
	}
	return false
}

// listAddress reports whether every address of to is a mailing list's,
// by its host: "boletin@lists.brightwater.example.org". An organisation
// writing to one mails its readers; a person posting to one may write a
// letter to the family ("galloway-cousins@lists.familymail…").
func listAddress(to string) bool {
	parts := addressList(strings.ToLower(to))
	for _, part := range parts {
		if _, in, ok := strings.Cut(part, "<"); ok {
			part = in
		}
		_, host, _ := strings.Cut(strings.Trim(strings.TrimSpace(part), ">"), "@")
		if !strings.HasPrefix(host, "lists.") && !strings.HasPrefix(host, "list.") {
			return false
		}
	}
	return len(parts) > 0
}

func broadcastName(name string) bool {
	for _, p := range []string{"all staff", "all employees", "all users", "all hands", "all personnel", "all colleagues",
		"all team members", "everyone", "todo el personal", "todos los empleados", "tout le personnel", "alle mitarbeiter"} {
		if name == p || strings.HasPrefix(name, p+" ") || strings.HasSuffix(name, " "+p) {
			return true
		}
	}
	if i := strings.LastIndexByte(name, ' '); i > 0 {
		first, last, _ := strings.Cut(name, " ")
		return broadcastGroups.hasString(name[i+1:]) || // "Maple Street Families", "New Volunteers": a group that gives no care
			strings.Count(name, " ") == 1 && broadcastGroups.hasString(first) && programmeAcronyms.hasString(last) // "Familias WIC": a programme's
	}
	return false
}

// programmeAcronyms name the programmes whose families or members a
// list reaches: "Familias WIC", "Parents PTA".
var programmeAcronyms = wordSet(`wic pta pto hoa snap ymca`)

var broadcastGroups = wordSet(`families parents volunteers members residents neighbors neighbours parishioners students supervisors employees
patients clients customers pacientes clientes familias`)

var broadcastLocals = wordSet(`allstaff all-staff all_staff all.staff allemployees all-employees all_employees
all.employees everyone all-hands allhands all-users allusers members all-members allmembers parishioners congregation parents families residents neighbors
derechohabientes afiliados socios vecinos padres familias`)

// readerName returns the first name in the display name of the one
// recipient To: names, lower-case: a text that opens with it ("Harlan,")
// greets its reader, even when the name is not a common one. "Voss,
// Harlan" gives harlan. (Read by hand: parsing addresses cost a tenth of
// inspection's allocations.)
func readerName(h message.Header) string {
	to := headerText(h, "To")
	if strings.Count(to, "@") != 1 {
		return ""
	}
	return firstNameOf(to)
}

// staffHealth reports whether an organisation's own employee or
// occupational health service writes to one of its staff by name: what
// it says of care is that colleague's own ("Your baseline HIV tests were
// negative"), though the two share a domain.
func staffHealth(from, to string) bool {
	n := foldText(displayPart(from))
	return strings.Count(to, "@") == 1 && names.Given(foldText(firstNameOf(to))) && (strings.Contains(n, "employee health") || strings.Contains(n, "occupational health") ||
		strings.Contains(n, "staff health") || strings.Contains(n, "employee wellness"))
}

// vendorDesk reports whether a message goes to one shared desk of
// another organisation's ("Jason Oakes <support@oakes-it…>", "billing@"):
// its greeting greets a counterparty, whoever sends it, and a provider
// writing to it writes to no patient.
func vendorDesk(from, to string) bool {
	if strings.Count(to, "@") != 1 || headerDomain(to) == headerDomain(from) {
		return false
	}
	addr := to
	if i := strings.LastIndexByte(addr, '<'); i >= 0 {
		addr = addr[i+1:]
	}
	local, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(addr)), "@")
	return vendorDesks.hasString(local)
}

var vendorDesks = wordSet(`support helpdesk servicedesk it-support techsupport sales orders accounts ar ap invoices billing`)

// autoNotice reports whether a message is one system's notice to one
// reader (Auto-Submitted, RFC 3834): its "Precedence: bulk" asks only not
// to be answered, as a delivery or a work-status notice is not.
func autoNotice(h message.Header) bool {
	v := strings.ToLower(strings.TrimSpace(h.Get("Auto-Submitted")))
	return strings.HasPrefix(v, "auto-") && strings.Count(h.Get("To"), "@") == 1
}

// familyNames appends the family names of the people who write and
// read a message, lower-case and folded: the last word of a person's
// display name (personName), and each part of a double-barrelled one; and
// the words of their names before it, their own given and middle names.
// A reader's must be the one reader To: names.
func familyNames(fams, selves []string, from, to string) ([]string, []string) {
	for _, a := range []string{from, to} {
		if a == to && strings.Count(to, "@") != 1 {
			continue
		}
		n := displayPart(a)
		if !personName(n) {
			continue
		}
		ws := strings.Fields(n)
		for _, w := range ws[:len(ws)-1] {
			selves = append(selves, foldText(w))
		}
		last := foldText(ws[len(ws)-1])
		fams = append(fams, last)
		if strings.Contains(last, "-") {
			fams = append(fams, strings.Split(last, "-")...)
		}
	}
	return fams, selves
}

// colleagueNames returns the first names of the colleagues To: names
// when it names more than one: "Hola Maricel y Lien:" greets two of
// them.
func colleagueNames(to string) []string {
	var names []string
	for _, a := range addressList(to) {
		if n := firstNameOf(a); n != "" {
			names = append(names, foldText(n))
		}
	}
	return names
}

// firstNameOf returns the first name of one address, lower-case, from
// its display name or its local part.
func firstNameOf(to string) string {
	name := displayPart(to)
	if name == "" {
		return localName(to)
	}
	if before, after, ok := strings.Cut(name, ","); ok {
		first, _, _ := strings.Cut(strings.TrimSpace(after), " ")
		if (isRole(after) && (isRole(first) || !credentialled(after)) || first == "") && !names.Given(strings.ToLower(first)) {
			name = before // "Ingeborg Sallis, Practice Manager", "Ana Ruiz, MD"
		} else {
			name = strings.TrimSpace(after) // "Voss, Harlan", "Iwasaki, Noboru PharmD", "Ibarra, Consuelo RN CIC"
		}
	}
	first, _, _ := strings.Cut(name, " ")
	return strings.ToLower(first)
}

// localName returns the first name an address without a display name
// spells in its local part, lower-case: "priya.patel@…" gives priya,
// "dee_harmon@…" dee; "ppatel@…" and "frontdesk@…" give none.
func localName(to string) string {
	addr := strings.TrimSpace(to)
	if _, a, ok := strings.Cut(addr, "<"); ok {
		addr = a
	}
	local, _, _ := strings.Cut(addr, "@")
	first, _, ok := strings.Cut(strings.ToLower(local), ".")
	if !ok {
		if first, _, ok = strings.Cut(strings.ToLower(local), "_"); !ok {
			return ""
		}
	}
	if len(first) < 2 || strings.Trim(first, "abcdefghijklmnopqrstuvwxyz") != "" {
		return ""
	}
	return first
}

// dateHeaderYear returns the year of a Date: field ("Mon, 3 Nov 2025
// 10:00:00 -0500"): its first run of four digits that is a year, or 0.
// Parsing the whole date costs allocations per message for one number.
func dateHeaderYear(v string) int {
	for i := 0; i < len(v); {
		j := i
		for j < len(v) && v[j] >= '0' && v[j] <= '9' {
			j++
		}
		if j-i == 4 && isYear([]byte(v[i:j])) {
			return atoi([]byte(v[i:j]))
		}
		i = j + 1
	}
	return 0
}

func headerText(h message.Header, key string) string {
	if s, err := h.Text(key); err == nil {
		return s
	}
	return h.Get(key)
}

// entity reads one entity; err is what decoding its header said.
func (w *walker) entity(e *message.Entity, err error, where Where, depth int) {
	if err != nil || depth > w.budgets.Depth {
		w.unreadable(where) // unknown charset or encoding: read as it is
	}
	if depth > w.budgets.Depth {
		return
	}
	if mr := e.MultipartReader(); mr != nil {
		mt, _, _ := e.Header.ContentType()
		w.multipart(mr, where, depth, mt == "multipart/digest")
		return
	}
	w.leaf(e, where, depth)
}

// multipart reads each part in turn. A digest's part with no
// Content-Type is a message (RFC 2046 5.1.5): its own header says how its
// body is encoded, so it is read as one, not as text.
func (w *walker) multipart(mr message.MultipartReader, where Where, depth int, digest bool) {
	for {
		part, err := mr.NextPart()
		switch {
		case err == io.EOF:
			return
		case errors.Is(err, io.ErrUnexpectedEOF):
			return // no closing boundary: every part before was read whole
		case part == nil:
			w.unreadable(where)
			w.broken = true
			return
		}
		if digest && part.Header.Get("Content-Type") == "" {
			w.digested(part.Body, depth+1)
			continue
		}
		w.entity(part, err, where, depth+1)
	}
}

// leaf reads a part that holds content.
func (w *walker) leaf(e *message.Entity, where Where, depth int) {
	mt, _, _ := e.Header.ContentType()
	names := fileNames(e.Header)
	if len(names) > 0 {
		w.fileName(fileNameText(names))
		where = WhereAttachment
	} else if disp, _, _ := e.Header.ContentDisposition(); disp == "attachment" {
		where = WhereAttachment
	}
	name := ""
	if len(names) > 0 {
		name = names[0]
	}
	w.content(where, e.Body, mt, name, depth)
}

// fileName scans an attachment's file names. One that holds a patient's
// name and a medical record's number is a page of their chart, whatever
// else it says: "ECHO_Hendricks_Walter_MRN3382017_EF30_2026-12-07.pdf".
func (w *walker) fileName(s string) {
	at := whereIndex(WhereAttachmentName)
	mrn, name := w.ev.counts[dMRN][at], w.ev.counts[dName][at]
	w.text(WhereAttachmentName, s)
	if w.ev.counts[dMRN][at] > mrn && w.ev.counts[dName][at] > name {
		w.ev.hit(dCare, at, []byte(s))
	}
}

// content reads what a part or an archive's file holds, by its kind.
func (w *walker) content(where Where, r io.Reader, mt, name string, depth int) {
	br := bufio.NewReaderSize(r, 4096)
	head, _ := br.Peek(4096)
	switch kind := w.kind(mt, name, head); kind {
	case "message":
		w.attached(br, depth)
	case "headers":
		w.returned(br)
	case "html":
		w.html(where, br)
	case "text":
		w.plain(where, br, mt, name, head)
	case "pdf", "ooxml", "spreadsheetml":
		w.document(where, br, kind)
	case "zip":
		w.archive(where, br, depth)
	default:
		w.ev.counts[dUnscanned][whereIndex(where)]++
	}
}

// kind decides how a part is read.
func (w *walker) kind(mt, name string, head []byte) string {
	switch {
	case mt == "message/rfc822" || mt == "message/global":
		return "message"
	case mt == "text/rfc822-headers" || mt == "message/global-headers":
		return "headers"
	case mt == "text/html" || mt == "application/xhtml+xml":
		return "html"
	}
	if k := doctext.Sniff(head, mt, name); k != "" {
		return k
	}
	if bytes.HasPrefix(head, []byte("PK\x03\x04")) {
		return "zip"
	}
	if textual(mt, name, head) {
		return "text"
	}
	return "binary"
}

// textual: a text part, a text-like application type or file name, or
// content that looks like text whatever its label says.
func textual(mt, name string, head []byte) bool {
	switch {
	case mt == "" || strings.HasPrefix(mt, "text/"):
		return true
	case strings.HasSuffix(mt, "+json") || strings.HasSuffix(mt, "+xml") || strings.Contains(mt, "hl7") ||
		strings.Contains(mt, "json") || strings.Contains(mt, "xml") || strings.Contains(mt, "csv") ||
		mt == "application/edi-x12" || mt == "application/x-yaml" || mt == "application/ics":
		return true
	case strings.HasPrefix(mt, "image/") || strings.HasPrefix(mt, "audio/") || strings.HasPrefix(mt, "video/"):
		return false
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".csv", ".tsv", ".hl7", ".json", ".ndjson", ".xml", ".ccd", ".cda", ".ics", ".vcs", ".md", ".log", ".htm", ".html", ".eml", ".rtf":
		return true
	}
	return looksLikeText(head)
}

// looksLikeText: mostly printable UTF-8 with no NUL bytes.
func looksLikeText(head []byte) bool {
	if len(head) == 0 || bytes.IndexByte(head, 0) >= 0 {
		return false
	}
	bad := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			bad++
		}
	}
	return bad*20 < len(head)
}

func fileNames(h message.Header) []string {
	var names []string
	if _, params, err := h.ContentDisposition(); err == nil {
		names = appendName(names, params["filename"])
	} else if raw := h.Get("Content-Disposition"); hasName(raw) {
		names = append(names, raw)
	}
	if _, params, err := h.ContentType(); err == nil {
		names = appendName(names, params["name"])
	} else if raw := h.Get("Content-Type"); hasName(raw) {
		names = append(names, raw)
	}
	return names
}

func hasName(raw string) bool { return strings.Contains(strings.ToLower(raw), "name") }

func appendName(names []string, n string) []string {
	if n == "" || len(names) > 0 && names[0] == n {
		return names
	}
	return append(names, n)
}
