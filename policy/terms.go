package policy

import "strings"

// key names a context a keyword opens: an identifier or a date that
// follows within a few words takes its meaning from it.
type key int

const (
	keySSN key = iota
	keyMRN
	keyMember
	keyClaim
	keyAccount
	keyDOB
	keyService
	keyNPI
	keyDEA
	keyICD
	keyCPT
	keyNDC
	keyName   // a patient's name follows
	keyDear   // a salutation's name follows
	keyYour   // a care noun that follows is the reader's own
	keyNoun   // care nouns: results, appointment, prescription
	keyBulk   // unsubscribe, newsletter
	keyFamily // Mr, Mrs, Sr: a family name follows
	keyCommerce
	keyVet
	keys
)

// reach is how many words after its keyword a key still applies.
var reach = [keys]int{
	keySSN: 3, keyMRN: 3, keyMember: 3, keyClaim: 3, keyAccount: 3, keyDOB: 6, keyService: 8,
	keyNPI: 3, keyDEA: 3, keyICD: 8, keyCPT: 8, keyNDC: 3, keyName: 1, keyDear: 1, keyYour: 3,
	keyFamily: 1,
}

// keywords are the words and phrases that open each key, lower-case, in
// English, Spanish and some French, German and Portuguese. A phrase's key
// opens at its last word.
var keywords = [keys][]string{
	keySSN: {"ssn", "social security", "social security number", "social security no", "soc sec",
		"seguro social", "número de seguro social", "ssn/itin", "номер снилс", "снилс"},
	keyMRN: {"mrn", "medical record", "medical record number", "medical record no", "record number", "chart number",
		"chart no", "chart id", "patient id", "patient number", "patient no", "pt id", "expediente", "número de expediente",
		"historia clínica", "emr id", "ehr id", "person id", "patient identifier", "rx", "rx number", "prescription number",
		"receta número", "número de receta", "номер медицинской карты", "медицинская карта", "患者番号", "診察券番号", "カルテ番号", "病历号", "病案号", "住院号", "n° de dossier", "numéro de dossier", "patientennummer", "número do prontuário", "prontuário"},
	keyMember: {"member id", "member number", "member no", "subscriber id", "subscriber number",
		"subscriber no", "policy number", "policy no", "policy id", "insurance id", "insured id", "beneficiary id",
		"medicaid id", "medicare id", "medicare number", "medicaid number", "group number", "id de miembro",
		"número de miembro", "número de póliza", "id del afiliado", "numéro d'adhérent", "versichertennummer"},
	keyClaim: {"claim number", "claim no", "claim id", "claim", "claims", "reclamo", "número de reclamo",
		"reclamación", "icn", "reference number"},
	keyAccount: {"account", "cuenta", "account number", "account no", "acct", "acct no", "patient account", "guarantor account",
		"número de cuenta", "invoice for services"},
	keyDOB: {"dob", "d.o.b", "date of birth", "birth date", "birthdate", "born", "born on", "fecha de nacimiento",
		"f. nac", "nacido", "nacida", "date de naissance", "né le", "née le", "geburtsdatum", "geboren", "geb",
		"data de nascimento", "ngày sinh", "出生日期", "дата рождения", "生年月日", "出生日期", "生日"},
	keyService: {"date of service", "dates of service", "service date", "dos", "admitted", "admission date",
		"admission", "discharged", "discharge date", "appointment", "appt", "seen on", "visit date", "visit on",
		"scheduled for", "procedure date", "surgery date", "collected", "collection date", "fecha de servicio",
		"cita", "consulta", "rendez-vous", "termin", "fecha de la cita", "encounter date", "date of visit", "приём", "прием", "визит", "次回", "予約", "下次复诊", "复诊", "就诊日期", "lịch hẹn", "ngày khám"},
	keyNPI:  {"npi", "national provider identifier"},
	keyDEA:  {"dea", "dea number", "dea no"},
	keyICD:  {"icd", "icd-10", "icd10", "icd-10-cm", "icd-9", "dx", "dx code", "diagnosis code", "diagnosis codes", "diagnosis", "diagnoses", "diagnóstico", "diagnosen", "diagnose", "diagnostic", "chẩn đoán", "código de diagnóstico", "cie-10", "cim-10", "диагноз", "诊断", "診断", "診断名"},
	keyCPT:  {"cpt", "cpt code", "cpt codes", "cpt/hcpcs", "hcpcs", "procedure code", "procedure codes", "service code", "billing code", "código de procedimiento"},
	keyNDC:  {"ndc", "national drug code"},
	keyName: {"patient", "patient name", "pt name", "patient:", "name of patient", "nombre del paciente", "paciente", "patient's name", "member name", "insured name", "subscriber name", "nom du patient", "patientin", "nombre", "пациент", "пациентка", "患者", "患者名"},
	keyDear: {"dear", "estimado", "estimada", "querido", "querida", "cher", "chère", "liebe", "lieber", "prezado", "prezada", "hello", "hi", "kính gửi", "chào", "sehr geehrte", "sehr geehrter", "bonjour", "hola", "olá", "уважаемый", "уважаемая", "尊敬的"},
	keyYour: {"your", "yours", "su", "sus", "tu", "tus", "votre", "vos", "ihr", "ihre", "ihren", "ihrem", "seu", "sua", "seus", "suas", "ваш", "ваша", "ваши", "вашего", "вашей", "您的", "あなたの"},
	keyNoun: {"results", "result", "appointment", "appointments", "prescription", "prescriptions", "diagnosis", "biopsy",
		"labs", "lab", "test", "tests", "procedure", "surgery", "medication", "medications", "refill", "refills", "visit",
		"claim", "treatment", "urine", "swab", "scan", "report", "referral", "records", "therapy", "dose", "dosage",
		"infusion", "screening", "vaccine", "vaccination", "exam", "bloodwork", "specimen", "condition", "care plan",
		"follow-up", "follow up", "discharge", "admission", "explanation of benefits", "eob",
		"counseling", "counselor", "therapist", "psychiatrist", "surgeon", "oncologist", "cardiologist",
		"pharmacy", "medicine", "meds", "symptoms", "blood pressure", "blood sugar", "insulin", "inhaler", "wound", "stitches",
		"resultados", "resultado", "cita", "citas", "receta", "recetas", "tratamiento", "análisis", "examen", "consulta",
		"medicamento", "medicamentos", "rendez-vous", "résultats", "ordonnance", "traitement", "termin", "befund",
		"befunde", "rezept", "behandlung", "exames", "exame", "consulta médica", "kết quả", "cuộc hẹn", "результаты", "анализы", "обследования", "обследование", "检测结果", "结果", "検査結果", "結果", "治疗", "治療"},
	keyBulk: {"unsubscribe", "unsubscribed", "newsletter", "view in browser", "view this email in your browser",
		"manage preferences", "email preferences", "update your preferences", "opt out", "opt-out", "darse de baja",
		"cancelar suscripción", "se désabonner", "abmelden", "mailing list", "you are receiving this email",
		"you received this email", "no longer wish to receive"},
	keyCommerce: {"price list", "unit price", "purchase order", "quote", "quotation", "sku", "wholesale", "distributor",
		"pricing", "catalog", "catalogue", "order confirmation", "tracking number", "bulk pricing", "per case", "per box",
		"list price", "lista de precios", "cotización"},
	keyVet: {"your pet", "your pet's", "your dog", "your cat", "your puppy", "your kitten", "veterinary", "veterinarian",
		"animal hospital", "dvm", "vet clinic", "pet owner", "pet owners", "canine", "feline", "mascota", "veterinario"},
	keyFamily: {"mr", "mrs", "ms", "miss", "mx", "sr", "sra", "srta", "señor", "señora", "mme", "mlle", "herr", "frau", "ông", "bà", "don", "doña", "chị", "anh", "cô", "bác", "господин", "госпожа"},
}

// notNames are capitalised words that follow a name keyword without being
// a name: "Dear Member", "Patient Portal".
var notNames = wordSet(`member members customer customers patient patients colleague colleagues friend friends team
all sir madam valued parent parents guardian guardians provider providers doctor doctors everyone neighbor neighbors
user users subscriber subscribers client clients partner partners reader readers staff hello hi portal care services
service safety education experience information satisfaction access advocate advocates relations financial
billing records record name names id number first last family community participant participants applicant
applicants candidate candidates supplier suppliers vendor vendors student students employee employees faculty
manager managers sales support admin administrator administrators board committee colleagues, health healthcare
account accounts our the this that your you we and or of for with from to in on at by a an is are was be has
intake registration privacy rights responsibilities satisfaction survey feedback forms form portal app mobile
paciente pacientes miembro miembros cliente clientes estimado estimada señor señora usuario usuarios equipo todos
amigos familia january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday today tomorrow sir/madam mr mrs ms dr prof thanks thank hey greetings good
morning afternoon evening reminder update note notice attention important urgent welcome congratulations please
folks everybody hola gracias bonjour merci hallo danke ciao grazie olá obrigado attached attachment hope sorry fyi`)

// monthNames are the month names and abbreviations a written date uses.
var monthNames = wordSet(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec enero febrero marzo abril mayo junio julio agosto septiembre
setiembre octubre noviembre diciembre ene abr ago dic janvier février mars avril mai juin juillet août septembre
octobre novembre décembre januar februar märz juni juli oktober dezember janeiro fevereiro março maio junho julho
setembro outubro novembro dezembro`)

// streetSuffixes end a street address: "123 Main St".
var streetSuffixes = wordSet(`street st avenue ave road rd boulevard blvd lane ln drive dr court ct way place pl
parkway pkwy highway hwy circle cir terrace ter square sq trail trl pike plaza calle avenida camino`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// subjectTags mark a message sensitive in its subject.
var subjectTags = []string{"[secure]", "[encrypt]", "[encrypted]", "[phi]", "[confidential]", "[seguro]", "[confidencial]"}
