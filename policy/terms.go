package policy

// keywords are the words that start a keyword phrase of a keyed detector;
// the detector's pattern, tried at each, checks the rest of the phrase.
var keywords = [keys][]string{
	keySSN: {"ssn", "social"},                                                         // social security (number)
	keyMRN: {"mrn", "medical", "member", "subscriber", "claim", "patient", "account"}, // medical record number, member id...
	keyDOB: {"dob", "d.o.b", "date", "birth", "birthdate", "born"},                    // date of birth, birth date...
	keyNPI: {"npi"},
}

// clinicalTerms are diagnosis, test, procedure and drug terms: health
// content, PHI only with a patient identifier.
var clinicalTerms = []string{
	"diagnosis", "diagnosed", "diagnoses", "lab result", "lab results", "laboratory results", "test result",
	"test results", "pathology report", "biopsy", "prescription", "prescribed", "dosage", "mg/dl", "a1c",
	"hba1c", "diabetes", "diabetic", "hypertension", "asthma", "copd", "cancer", "carcinoma", "tumor",
	"oncology", "chemotherapy", "radiation therapy", "insulin", "metformin", "lisinopril", "atorvastatin",
	"amoxicillin", "warfarin", "levothyroxine", "prednisone", "mri", "ct scan", "x-ray", "ultrasound",
	"mammogram", "colonoscopy", "treatment plan", "discharge summary", "referral", "icd-10", "cpt code",
	"allergy", "allergies", "immunization", "vaccination record", "pregnancy", "prenatal", "dialysis",
}

// restrictedTerms name the categories that need the strongest protection:
// HIV, substance-use treatment (42 CFR Part 2), mental health,
// genetic information, reproductive health. "AIDS" is left out: "hearing
// aids" would match; "HIV/AIDS" is found by its "HIV".
var restrictedTerms = []string{
	"hiv", "antiretroviral", "viral load", "substance use", "substance use disorder", "opioid use disorder",
	"alcohol use disorder", "addiction treatment", "methadone", "buprenorphine", "suboxone", "naltrexone",
	"vivitrol", "detoxification", "42 cfr part 2", "psychotherapy", "psychotherapy notes", "psychiatric",
	"schizophrenia", "bipolar disorder", "major depressive", "ptsd", "suicide", "suicidal", "eating disorder",
	"genetic test", "genetic testing", "genetic counseling", "brca", "brca1", "brca2", "abortion",
	"pregnancy termination", "mifepristone", "misoprostol", "sexually transmitted", "syphilis", "gonorrhea",
	"chlamydia", "hepatitis c",
}
