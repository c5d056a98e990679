package payload

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/sealpost/sealpost/policy/names"
)

// csvRule maps header columns to a kind. A column matches when one of its
// words (trailing digits dropped: "dx1", "icd10") is in words, or its words
// run together contain one of contains. Rules are tried in order.
type csvRule struct {
	words    []string
	contains []string
	exact    []string // the whole header, words run together
	id       idSet
	clin     clinSet
	weak     bool // counts only beside a column about a person
	staff    bool // the rows are a workforce's: employees, not patients
}

// csvRules come in order: the first match names the column. A rule with
// no kind ("ip address") stops the search.
var csvRules = []csvRule{
	{contains: []string{"email", "correo"}, words: []string{"mail"}, id: idEmail},
	{words: []string{"employee", "employees", "staff", "badge", "personnel", "empid", "empleado", "empleados", "dea", "npi",
		"license", "licence", "licensure", "credential", "credentials", "privileges", "pager", "pagers", "beeper"},
		contains: []string{"employeeid", "employeenumber", "employeeno", "staffid", "badgenumber", "badgeid", "hiredate",
			"jobtitle", "numerodeempleado", "oncall"}, staff: true}, // an on-call roster's pagers
	{words: []string{"provider", "physician", "doctor", "prescriber", "medico", "clinician", "attending", "npi"},
		clin: clEncounter, weak: true},
	{words: []string{"ip", "mac", "url", "web", "website", "host", "hostname", "file", "filename", "user", "username"}},
	{words: []string{"ssn", "nss", "curp"}, contains: []string{"socialsecurity", "segurosocial"}, id: idSSN},
	{words: []string{"dob", "nacimiento", "birthday", "nascimento", "geburtsdatum"},
		contains: []string{"dateofbirth", "birthdate", "fechadenacimiento", "fechanac", "datadenascimento", "datedenaissance",
			"datadinascita", "생년월일", "出生日期", "出生年月", "生年月日"}, id: idDOB},
	{words: []string{"mrn", "nhc", "expediente", "prontuario"}, contains: []string{"medicalrecord", "patientid", "patientnumber",
		"patientennummer", "cartellaclinica",
		"patientno", "chartnumber", "chartno", "chartid", "historiaclinica", "idpaciente", "numerodepaciente"}, id: idMRN},
	{words: []string{"poliza", "afiliado", "carteirinha", "versichertennummer"}, contains: []string{"memberid", "membernumber", "memberno", "subscriberid",
		"subscribernumber", "policynumber", "policyno", "policyid", "insuranceid", "medicaidid", "medicareid",
		"beneficiaryid", "numerodepoliza"}, id: idMemberID},
	{words: []string{"claim", "reclamacion", "reclamo"}, contains: []string{"claimnumber", "claimid", "claimno"},
		id: idClaim}, // not "claims": a dashboard's count of them
	{contains: []string{"accountnumber", "accountno", "accountid", "numerodecuenta", "acctnumber", "acctno"}, id: idAccount},
	{words: []string{"tel", "mobile", "cell", "celular", "movil", "fax"}, contains: []string{"phone", "telefono", "电话", "電話", "手机",
		"전화", "연락처"}, id: idPhone},
	{words: []string{"address", "addr", "street", "direccion", "domicilio", "calle", "주소", "地址", "住所"}, id: idAddress},
	{exact: []string{"patient", "paciente", "beneficiario", "paziente", "patiente", "client", "cliente", "clientname", "nombredelcliente",
		"pt", "ptname", "resident", "residentname"}, words: []string{"apellido", "apellidos", "surname", "forename", "firstname", "lastname"},
		contains: []string{"patientname", "nombrepaciente", "nombredelpaciente", "firstname", "lastname", "givenname",
			"familyname", "middlename", "primernombre", "segundonombre", "환자명", "患者姓名", "病人姓名", "患者氏名"}, id: idName},
	{words: []string{"name", "names", "nombre", "nombres", "fullname", "nome", "nom", "prenom", "vorname", "nachname", "cognome",
		"athlete", "player", "camper", "student", "이름", "성명"}, contains: []string{"姓名", "氏名"},
		id: idName, weak: true}, // a trainer's "Athlete, Injury" or a club's "Player, Injury", a class list's "Student, Grade"
	{words: []string{"uds"}, contains: []string{"drugscreen", "toxscreen", "urinedrug", "toxicology"}, clin: clDrugScreen},
	{words: []string{"cd4", "hiv"}, contains: []string{"viralload", "hivrna", "hiv1"}, clin: clHIV},
	{words: []string{"dx", "icd", "cie", "cid", "injury", "injuries", "illness", "symptom", "symptoms", "onset", "fever",
		"vomiting", "diarrhea", "diarrhoea", "cough"}, // and an outbreak line list's
		contains: []string{"diagnos", "진단", "诊断", "診断", "病名"}, clin: clDiagnosis},
	{words: []string{"drug", "drugs", "rx", "ndc", "prescription", "receta"},
		contains: []string{"medicat", "medicament", "medicac"}, clin: clMedication},
	{words: []string{"cpt", "hcpcs"}, contains: []string{"procedure", "procedimiento"}, clin: clProcedure},
	{words: []string{"a1c", "hba1c", "glucose", "cholesterol", "ldl", "hdl", "bmi", "bp", "systolic", "diastolic", "triglycerides",
		"audiogram", "audiometric", "audiometry", "hearing", "sts", "spirometry", "fev1", "fvc", "ppd", "tst", "quantiferon", "igra",
		"titer", "titre", "pcr", "sph", "sphere", "cyl", "cylinder", "iop"}, // and an employee health service's hearing, lung and TB tests, a line list's PCR, an optical lab's prescriptions
		contains: []string{"loinc", "labresult", "testresult", "bloodpressure", "혈압", "혈당", "血压", "血壓", "血糖"}, clin: clObservation},
	{contains: []string{"allerg", "alergi"}, clin: clAllergy},
	{contains: []string{"vaccin", "immuniz", "vacuna", "inmuniz", "疫苗", "백신", "예방접종", "ワクチン", "接种", "接種"}, clin: clImmunization},
	{words: []string{"dos", "hospitalized", "hospitalised"}, contains: []string{"visitdate", "dateofservice", "servicedate", "admitdate", "admissiondate",
		"dischargedate", "encounter", "fechadeservicio", "fechadeatencion", "fechadevisita", "internacao", "검진일", "진료일", "就诊日期",
		"诊疗日期", "受診日"}, clin: clEncounter},
	{words: []string{"condition", "conditions", "problem", "padecimiento", "판정"}, clin: clDiagnosis, weak: true}, // a checkup's verdict
	{words: []string{"lab", "labs", "result", "results", "resultado", "resultados", "test", "tests", "examen", "prueba"},
		clin: clObservation, weak: true},
	{words: []string{"appointment", "appointments", "cita", "visit", "consulta"}, contains: []string{"预约", "예약"}, clin: clEncounter, weak: true},
	{words: []string{"reason", "complaint", "motivo"}, contains: []string{"reasonforvisit", "chiefcomplaint", "visitreason"},
		clin: clEncounter, weak: true},
}

// personMarkers make a column about a person without naming an identifier.
var personMarkers = []string{"patient", "paciente", "member", "subscriber", "insured", "beneficiary", "asegurado", "beneficiario",
	"paziente", "versicherte"}

// patientIDs are the identifiers only a patient has; a staff table with
// one of them (or a person marker) is about patients all the same.
const patientIDs = idMRN | idMemberID | idClaim

// csvColumn is what one header column says.
type csvColumn struct {
	id   idSet
	clin clinSet
	test bool // a flag that says the row is test data
}

// testFlag reports whether a header names a flag column that marks
// test rows: "synthetic", "is_test", "test_patient".
func testFlag(h string) bool {
	switch strings.Join(headerWords(h), "") {
	case "synthetic", "issynthetic", "istest", "testflag", "testpatient", "testrecord", "testdata", "dummy", "fake":
		return true
	}
	return false
}

// truthy reports whether a flag's value says yes.
func truthy(v string) bool {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "y", "yes", "true", "t", "1", "x":
		return true
	}
	return false
}

// readCSV summarises a delimited table with a header row into t.
func readCSV(r io.Reader, t *tally) error {
	br := bigReader(r)
	defer putReader(br)
	head, _ := br.Peek(64 << 10)
	cr := csv.NewReader(br)
	cr.Comma = sniffDelimiter(head)
	cr.LazyQuotes, cr.FieldsPerRecord, cr.ReuseRecord = true, -1, true
	header, err := cr.Read()
	if err != nil {
		return csvError(err)
	}
	cols, held, ok := mapHeader(header)
	flag := slices.IndexFunc(header, testFlag)
	defer func() {
		if flag >= 0 && t.rows > 0 && t.flagged == t.rows {
			*t = tally{test: true} // every row says it is test data: "synthetic=Y"
		}
	}()
	if flag >= 0 { // a flag, not a lab test's column
		cols[flag] = csvColumn{test: true}
		if held != nil {
			held[flag] = csvColumn{test: true}
		}
	}
	if held != nil {
		rows, err := peekRows(cr, peekedRows)
		if namesPeople(rows, held) {
			cols, ok = held, true
		}
		if ok {
			tallyRows(rows, cols, t)
		}
		if err != nil {
			return csvError(err)
		}
	}
	if !ok && held == nil && dataRow(header) {
		return headless(cr, slices.Clone(header), t)
	}
	if !ok {
		return nil
	}
	return csvRows(cr, cols, t)
}

// headless reads a table sent without its header, as registry extracts
// are ("ODUYA|ANDERS|19691203|RFM-253366|E11.22|11.5"): its columns are
// known by their values. A column of given names is a name, one of
// birth dates (years from minBirthYear to maxBirthYear) a date of
// birth, one of ICD-10 codes a diagnosis; the rows are records when
// they hold a name and one of the others.
func headless(cr *csv.Reader, first []string, t *tally) error {
	rows, err := peekRows(cr, peekedRows)
	rows = append([][]string{first}, rows...)
	cols := valueColumns(rows)
	var ids idSet
	var clin clinSet
	for _, c := range cols {
		ids, clin = ids|c.id, clin|c.clin
	}
	if ids&idName == 0 || ids&idDOB == 0 && clin&clDiagnosis == 0 {
		return csvError(err)
	}
	tallyRows(rows, cols, t)
	if err != nil {
		return csvError(err)
	}
	return csvRows(cr, cols, t)
}

// dataRow reports whether a first row holds data, not column names: a
// birth date or an ICD-10 code.
func dataRow(rec []string) bool {
	return slices.ContainsFunc(rec, func(v string) bool { return birthDate(v) || icdCode(v) })
}

// valueColumns types each column by what most of its values are.
func valueColumns(rows [][]string) []csvColumn {
	cols := make([]csvColumn, len(rows[0]))
	for c := range cols {
		var given, dates, codes, values int
		for _, rec := range rows {
			if c >= len(rec) || strings.TrimSpace(rec[c]) == "" {
				continue
			}
			v := strings.TrimSpace(rec[c])
			values++
			if names.Given(strings.ToLower(v)) || names.Person(v) {
				given++
			}
			if birthDate(v) {
				dates++
			}
			if icdCode(v) {
				codes++
			}
		}
		switch most := func(n int) bool { return values > 0 && n*3 >= values*2 }; {
		case most(given):
			cols[c].id = idName
		case most(dates):
			cols[c].id = idDOB
		case most(codes):
			cols[c].clin = clDiagnosis
		}
	}
	return cols
}

// The years a date of birth in a headless table may have. Visits and
// fills are recent, so a column of recent dates is not taken for birth
// dates; the price is that a table of young children's birth dates is
// not either (their names and codes still count).
const minBirthYear, maxBirthYear = 1900, 2015

// birthDate reports whether v is a date (YYYYMMDD, YYYY-MM-DD,
// MM/DD/YYYY, DD.MM.YYYY) whose year a birth date may have.
func birthDate(v string) bool {
	v = strings.TrimSpace(v)
	var y string
	switch {
	case len(v) == 8 && allDigitString(v):
		y = v[:4]
		if v[4:6] > "12" || v[4:6] == "00" || v[6:] > "31" || v[6:] == "00" {
			return false
		}
	case len(v) == 10 && (v[4] == '-' && v[7] == '-'):
		y = v[:4]
	case len(v) == 10 && (v[2] == '/' && v[5] == '/' || v[2] == '.' && v[5] == '.'):
		y = v[6:]
	default:
		return false
	}
	n, err := strconv.Atoi(y)
	return err == nil && n >= minBirthYear && n <= maxBirthYear
}

// icdCode reports whether v is written as an ICD-10-CM code: a letter
// (not U), two digits, then a dot and up to four letters or digits
// ("E11.22", "F32.1"), or the same undotted ("E1122").
func icdCode(v string) bool {
	v = strings.TrimSpace(v)
	if len(v) < 3 || len(v) > 8 || v[0] < 'A' || v[0] > 'Z' || v[0] == 'U' || !isDigitByte(v[1]) || !isDigitByte(v[2]) && (v[2] < 'A' || v[2] > 'Z') {
		return false
	}
	rest := v[3:]
	if len(rest) > 0 && rest[0] == '.' {
		rest = rest[1:]
		if len(rest) == 0 {
			return false
		}
	}
	for i := 0; i < len(rest); i++ {
		if !isDigitByte(rest[i]) && (rest[i] < 'A' || rest[i] > 'Z') {
			return false
		}
	}
	return len(rest) <= 4
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func allDigitString(v string) bool {
	for i := 0; i < len(v); i++ {
		if !isDigitByte(v[i]) {
			return false
		}
	}
	return len(v) > 0
}

// peekedRows is how many data rows are read to tell whether a name column
// names people.
const peekedRows = 20

// peekRows reads up to n rows, copied (the reader reuses its records).
func peekRows(cr *csv.Reader, n int) ([][]string, error) {
	var rows [][]string
	for len(rows) < n {
		rec, err := cr.Read()
		if err != nil {
			return rows, err
		}
		rows = append(rows, slices.Clone(rec))
	}
	return rows, nil
}

// namesPeople reports whether most values of the name column of cols are
// people's full names ("Ana Ruiz", "Ruiz, Ana"), not products' or codes'.
func namesPeople(rows [][]string, cols []csvColumn) bool {
	col := slices.IndexFunc(cols, func(c csvColumn) bool { return c.id == idName })
	people, values := 0, 0
	for _, rec := range rows {
		if col < len(rec) && strings.TrimSpace(rec[col]) != "" {
			values++
			if names.Person(rec[col]) || recordName(rec[col]) {
				people++
			}
		}
	}
	return values > 0 && people*3 >= values*2
}

// recordName reports whether v is a name in record order, a census
// writes its patients: "Albers, Gene", "Bauer, T" (a family name, a
// comma, a capitalised given name or initial).
func recordName(v string) bool {
	fam, giv, ok := strings.Cut(strings.TrimSpace(v), ",")
	fam, giv = strings.TrimSpace(fam), strings.TrimSpace(giv)
	if !ok || strings.ContainsAny(fam, " ,") || strings.ContainsAny(giv, " ,") || len(fam) < 2 || giv == "" {
		return false
	}
	return upperFirst(fam) && upperFirst(giv) && (len(giv) == 1 || lowerRest(giv)) && lowerRest(fam)
}

func upperFirst(w string) bool { return w[0] >= 'A' && w[0] <= 'Z' }

func lowerRest(w string) bool {
	for _, r := range w[1:] {
		if !unicode.IsLower(r) && r != '-' && r != '\'' && r != '.' {
			return false
		}
	}
	return true
}

// csvRows tallies the data rows: a row with a value in an identifier
// column is a record, and a kind counts once a row gives it a value.
func csvRows(cr *csv.Reader, cols []csvColumn, t *tally) error {
	for {
		rec, err := cr.Read()
		if err != nil {
			return csvError(err)
		}
		tallyRow(rec, cols, t)
	}
}

func tallyRows(rows [][]string, cols []csvColumn, t *tally) {
	for _, rec := range rows {
		tallyRow(rec, cols, t)
	}
}

func tallyRow(rec []string, cols []csvColumn, t *tally) {
	person := false
	t.rows++
	for i, v := range rec[:min(len(rec), len(cols))] {
		c := cols[i]
		if c.test && truthy(v) {
			t.flagged++
		}
		if c.id == 0 && c.clin == 0 || strings.TrimSpace(v) == "" {
			continue
		}
		if c.id == idPhone && !phoneValue(v) {
			continue // "phone,1222": a dashboard's count of phone calls, not a number to call
		}
		t.ids |= c.id
		t.clin |= c.clin
		person = person || c.id != 0
	}
	if person {
		t.records++
	}
}

// phoneValue reports whether a phone column's value is a number one can
// call: seven digits or more.
func phoneValue(v string) bool {
	n := 0
	for i := 0; i < len(v); i++ {
		if isDigitByte(v[i]) {
			n++
		}
	}
	return n >= 7
}

// csvError is nil at the end of input; a parse error keeps only its line.
func csvError(err error) error {
	var pe *csv.ParseError
	switch {
	case err == io.EOF:
		return nil
	case errors.As(err, &pe):
		return fmt.Errorf("%w: csv syntax error at line %d", ErrMalformed, pe.StartLine)
	}
	return err
}

// sniffDelimiter picks the separator a header line uses most: tab, comma,
// semicolon or pipe, outside quotes.
func sniffDelimiter(head []byte) rune {
	if i := bytes.IndexByte(head, '\n'); i >= 0 {
		head = head[:i]
	}
	var n [4]int
	seps := [4]byte{'\t', ',', ';', '|'}
	quoted := false
	for _, c := range head {
		if c == '"' {
			quoted = !quoted
		}
		if i := bytes.IndexByte(seps[:], c); i >= 0 && !quoted {
			n[i]++
		}
	}
	best := 1
	for i := range n {
		if n[i] > n[best] {
			best = i
		}
	}
	return rune(seps[best])
}

// mapHeader maps each column of the header to its kind. A workforce's
// roster is about no patient, unless a column holds its people's health
// (an employee health service's vaccination or screening log). Weak
// columns count only when a strong identifier or a person marker is present; ok reports
// whether some column counts. Without either, held is the mapping with its
// weak columns, when they are a name and something clinical: a schedule's
// "Name, Time, Reason" is about patients if its names are people's.
func mapHeader(header []string) (cols, held []csvColumn, ok bool) {
	cols = make([]csvColumn, len(header))
	weak := make([]bool, len(header))
	person, name, clin, staff, patient, health := false, false, false, false, false, false
	for i, h := range header {
		ws := headerWords(h)
		rule := matchColumn(ws)
		cols[i], weak[i] = csvColumn{id: rule.id, clin: rule.clin}, rule.weak
		person = person || rule.id != 0 && !rule.weak || hasWord(ws, personMarkers)
		name, clin = name || rule.id == idName, clin || rule.clin != 0
		health = health || rule.clin != 0 && !rule.weak
		staff, patient = staff || rule.staff, patient || rule.id&patientIDs != 0 || hasWord(ws, personMarkers)
	}
	if staff && !patient && !health {
		return make([]csvColumn, len(header)), nil, false // a roster: "employee_id,name,dob,unit"
	}
	if !person && name && clin {
		held = slices.Clone(cols)
	}
	for i := range cols {
		if weak[i] && !person {
			cols[i] = csvColumn{}
		}
		ok = ok || cols[i] != csvColumn{}
	}
	return cols, held, ok
}

// matchColumn returns the first rule the words of a header match.
func matchColumn(ws []string) csvRule {
	joined := strings.Join(ws, "")
	for _, r := range csvRules {
		if hasWord(ws, r.words) || containsAny(joined, r.contains) || slices.Contains(r.exact, joined) {
			return r
		}
	}
	return csvRule{}
}

// hasWord reports whether a word of ws, or that word without trailing
// digits, is in set.
func hasWord(ws, set []string) bool {
	for _, w := range ws {
		bare := strings.TrimRight(w, "0123456789")
		for _, s := range set {
			if w == s || bare == s {
				return true
			}
		}
	}
	return false
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// headerWords splits a header into lower-case words without accents:
// "PatientDOB", "fecha_de_nacimiento", "Teléfono #" → patient dob; fecha
// de nacimiento; telefono.
func headerWords(h string) []string {
	var ws []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			ws = append(ws, string(cur))
			cur = cur[:0]
		}
	}
	prev := ' '
	for _, c := range h {
		switch {
		case !unicode.IsLetter(c) && !unicode.IsDigit(c):
			flush()
		case unicode.IsUpper(c) && (unicode.IsLower(prev) || unicode.IsDigit(prev)):
			flush()
			cur = append(cur, fold(c))
		default:
			cur = append(cur, fold(c))
		}
		prev = c
	}
	flush()
	return ws
}

// accents maps the accented letters of Spanish, Portuguese, French and
// German headers to plain ones.
var accents = map[rune]rune{
	'á': 'a', 'é': 'e', 'í': 'i', 'ó': 'o', 'ú': 'u', 'ü': 'u', 'ñ': 'n',
	'à': 'a', 'è': 'e', 'ì': 'i', 'ò': 'o', 'ù': 'u', 'â': 'a', 'ê': 'e', 'î': 'i', 'ô': 'o', 'û': 'u', 'ç': 'c',
	'ã': 'a', 'õ': 'o', 'ä': 'a', 'ö': 'o', 'ë': 'e', 'ï': 'i',
}

// fold lower-cases c and drops its accent.
func fold(c rune) rune {
	c = unicode.ToLower(c)
	if p, ok := accents[c]; ok {
		return p
	}
	return c
}
