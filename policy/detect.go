package policy

import (
	"sort"
)

// Group says what a finding means for the context rules: an identifier
// alone, or health content alone, is not PHI; together they are.
type Group string

const (
	GroupIdentifier Group = "identifier" // names a patient: SSN, MBI, MRN, member ID, claim, DOB, a patient record
	GroupPatient    Group = "patient"    // names or speaks to a patient: "Patient: Ana Rivera", Mr. Ng, "her MRI", "your results"
	GroupIndividual Group = "individual" // about or to one person, as business mail is too: a greeting, an account, a date
	GroupContact    Group = "contact"    // phone, e-mail, street address, a salutation: in every signature
	GroupProvider   Group = "provider"   // a provider's NPI or DEA number: public, not a patient's
	GroupHealth     Group = "health"     // diagnoses, procedures, drugs, labs, clinical codes
	GroupCare       Group = "care"       // appointments, referrals, claims, copays: care or payment for care
	GroupRestricted Group = "restricted" // mental health, substance use, HIV, genetic, reproductive
	GroupMarker     Group = "marker"     // the sender's own marking: subject tag, header, sender default
	GroupTrade      Group = "trade"      // trade and stock: invoices, quotes, orders, shipping, inventory
	GroupBulk       Group = "bulk"       // mail not about one patient: newsletters, lists, animals
	GroupUnreadable Group = "unreadable" // content that could not be read in full
)

// Groups lists the groups in the order explain shows them.
var Groups = []Group{GroupMarker, GroupIdentifier, GroupPatient, GroupIndividual, GroupContact, GroupProvider,
	GroupHealth, GroupCare, GroupRestricted, GroupTrade, GroupBulk, GroupUnreadable}

// def is a built-in detector: its id, group and default weight.
type def struct {
	id     string
	group  Group
	weight int
	doc    string
}

// The built-in detectors. Their order is the order of findings.
const (
	dSubjectTag = iota
	dHeader
	dSender
	dSSN
	dMBI
	dMRN
	dMember
	dClaim
	dDOB
	dHL7
	dFHIR
	dCCDA
	dPatientTable
	dX12
	dAccount
	dEmployee
	dServiceDate
	dName
	dDirected
	dPhone
	dEmail
	dAddress
	dSalutation
	dNPI
	dDEA
	dICD10
	dCPT
	dHCPCS
	dNDC
	dDiagnosis
	dProcedure
	dDrug
	dLab
	dStructClinical
	dCare
	dMental
	dSubstance
	dHIV
	dGenetic
	dReproductive
	dBulk
	dCommerce
	dInventory
	dVeterinary
	dProperty
	dTestData
	dUnreadable
	dUnscannedPDF
	dUnscanned
	numBuiltins
)

var builtins = [numBuiltins]def{
	dSubjectTag:     {"subject-tag", GroupMarker, 30, "[secure] [encrypt] [phi] [confidential] in the subject"},
	dHeader:         {"sensitivity-header", GroupMarker, 0, "X-Sensitivity: phi|restricted sets at least that level"},
	dSender:         {"sender-default", GroupMarker, 0, "the sender's default level (senders:)"},
	dSSN:            {"ssn", GroupIdentifier, 15, "123-45-6789 in the issued ranges, 9 digits right after SSN, or a national identity number after its keyword (PESEL, codice fiscale, T.C. kimlik, CNP, AMKA, NHS number, a Nordic personal number, CNIC, CPF, a Chinese resident identity number)"},
	dMBI:            {"mbi", GroupIdentifier, 15, "Medicare Beneficiary Identifier (CMS format)"},
	dMRN:            {"mrn", GroupIdentifier, 10, "a number after MRN, medical record, chart or patient ID"},
	dMember:         {"member-id", GroupIdentifier, 10, "a number after member, subscriber, policy or insurance ID"},
	dClaim:          {"claim-number", GroupIdentifier, 10, "a number after claim number / claim #"},
	dDOB:            {"dob", GroupIdentifier, 15, "a date after DOB, date of birth, born"},
	dHL7:            {"hl7v2", GroupIdentifier, 20, "an HL7 v2 message about a patient (PID segment), not test data (MSH-11 T or D)"},
	dFHIR:           {"fhir", GroupIdentifier, 20, "FHIR JSON with a Patient or resources about one"},
	dCCDA:           {"ccda", GroupIdentifier, 20, "a C-CDA document (recordTarget/patientRole)"},
	dPatientTable:   {"patient-table", GroupIdentifier, 20, "CSV or HTML table rows with patient columns (MRN, DOB, name...)"},
	dX12:            {"x12", GroupIdentifier, 20, "an X12 transaction about a subscriber or patient (837 claim, 835, 270/271, 276/277, 278, 834), not test data (ISA15 T)"},
	dAccount:        {"account-number", GroupIndividual, 5, "a number after account number / acct, beside care or another sign of a person (else a customer's)"},
	dEmployee:       {"employee-id", GroupIndividual, 5, "a number after employee ID, in mail about a leave for one's health beside clinical or restricted words (else a payroll's or a badge's)"},
	dServiceDate:    {"service-date", GroupIndividual, 5, "a date after date of service, admitted, discharged, appointment"},
	dName:           {"patient-name", GroupPatient, 5, "a name after patient, services rendered to, Mr/Mrs/Ms, beside a date in a file name, before a birth date, opening a subject before a clinical term, or his/her care"},
	dDirected:       {"patient-directed", GroupPatient, 5, "your results, your appointment, your colonoscopy, su cita..."},
	dPhone:          {"phone", GroupContact, 1, "a North American phone number"},
	dEmail:          {"email", GroupContact, 0, "an e-mail address in the text"},
	dAddress:        {"street-address", GroupContact, 2, "a house number and a street"},
	dSalutation:     {"salutation", GroupIndividual, 5, "Dear Maria, / Dear Mrs. Keller, / Hi Kevin - : a letter to one person"},
	dNPI:            {"npi", GroupProvider, 2, "a provider's NPI (Luhn with 80840) after NPI"},
	dDEA:            {"dea", GroupProvider, 2, "a DEA registration number (check digit) after DEA"},
	dICD10:          {"icd10", GroupHealth, 10, "ICD-10-CM code near ICD/Dx/diagnosis, or dotted with other health content"},
	dCPT:            {"cpt", GroupHealth, 10, "CPT code near CPT / procedure code"},
	dHCPCS:          {"hcpcs", GroupHealth, 10, "HCPCS Level II code near HCPCS / CPT / procedure code"},
	dNDC:            {"ndc", GroupHealth, 10, "National Drug Code, 4-4-2 / 5-3-2 / 5-4-1, or after NDC"},
	dDiagnosis:      {"diagnosis-term", GroupHealth, 5, "diseases and conditions (lexicon: diagnoses; unlisted -itis, -oma, -osis, -emia...)"},
	dProcedure:      {"procedure-term", GroupHealth, 5, "procedures (lexicon: procedures; unlisted -ectomy, -oscopy, -plasty...)"},
	dDrug:           {"drug-term", GroupHealth, 5, "drug names (lexicon: drugs)"},
	dLab:            {"lab-term", GroupHealth, 5, "lab tests and units (lexicon: labs)"},
	dStructClinical: {"structured-clinical", GroupHealth, 10, "clinical fields of a patient record"},
	dCare:           {"care-term", GroupCare, 3, "care and payment for care (lexicon: care)"},
	dMental:         {"mental-health", GroupRestricted, 15, "mental health (lexicon: mental-health)"},
	dSubstance:      {"substance-use", GroupRestricted, 15, "substance-use treatment, 42 CFR Part 2 (lexicon: substance-use)"},
	dHIV:            {"hiv", GroupRestricted, 15, "HIV (lexicon: hiv)"},
	dGenetic:        {"genetic", GroupRestricted, 15, "genetic information (lexicon: genetic)"},
	dReproductive:   {"reproductive", GroupRestricted, 15, "reproductive health (lexicon: reproductive)"},
	dBulk:           {"bulk-mail", GroupBulk, 0, "List-Unsubscribe, Precedence: bulk, unsubscribe links"},
	dCommerce:       {"commerce", GroupTrade, 0, "price lists, quotes, purchase orders, shipping, hiring, a vendor's representative: trade, not care"},
	dInventory:      {"inventory", GroupTrade, 0, "in stock, reorder, par level, restock: supplies counted, not care"},
	dVeterinary:     {"veterinary", GroupBulk, 0, "your pet, veterinarian, animal hospital: not a human patient"},
	dProperty:       {"property-claim", GroupTrade, 0, "vehicle, collision, date of loss, homeowners: a property claim, not care"},
	dTestData:       {"test-data", GroupBulk, 0, "fictional case, training record, test patient: invented people, no patient"},
	dUnreadable:     {"unreadable", GroupUnreadable, 0, "malformed MIME, undecodable parts, scan budget exceeded"},
	dUnscannedPDF:   {"unscanned-pdf", GroupUnreadable, 0, "a PDF whose text could not be read (scanned image, encrypted)"},
	dUnscanned:      {"unscanned-attachment", "", 0, "an attachment of a kind not read (images, archives, binaries)"},
}

// listDetector maps the embedded lexicon lists to their detectors.
var listDetector = map[string]int{
	"diagnoses": dDiagnosis, "procedures": dProcedure, "drugs": dDrug, "labs": dLab, "care": dCare,
	"mental-health": dMental, "substance-use": dSubstance, "hiv": dHIV, "genetic": dGenetic, "reproductive": dReproductive,
}

// defaultDetectors returns a fresh map of every built-in kind's default
// setting, context rules excluded.
func defaultDetectors() map[string]Detector {
	m := make(map[string]Detector, numBuiltins)
	for _, d := range builtins {
		m[d.id] = Detector{Enabled: true, Weight: d.weight}
	}
	return m
}

func detectorNames() []string {
	var names []string
	for _, d := range builtins {
		names = append(names, d.id)
	}
	sort.Strings(names)
	return names
}
