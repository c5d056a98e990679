package policy

// defaultYAML is the built-in policy. Its commented examples are tested:
// uncommented, they parse and state the built-in defaults.
const defaultYAML = `# Sealpost policy. Check it with: sealpost policy check
# Try it on a message with: sealpost policy explain [--rcpt ADDR] MSG.eml
#
# Inspection reads every text of a message as a reader would see it
# (subject, display names, every MIME part decoded, HTML as text,
# attachment names, CSV/HL7/FHIR/C-CDA payloads, PDF and Office text,
# attached messages) and scores it. Each detector that finds its kind adds
# its weight once; no group adds more than its cap; the context rules
# weigh the groups together. A level applies from its threshold up;
# "none" is every score below the lowest.
levels:
  phi: 30
  restricted: 70

# Every detector can be reweighted or switched off. These are the defaults.
# Groups: identifier (identifies a patient), patient (names or speaks to
# one: "Patient: Ana Rivera", Mr. Ng, "your results"), individual (about
# or to one person, as business mail is too: a greeting, an account, a
# date), contact (in every signature), provider, health, care, restricted,
# marker (the sender's own marking), trade (invoices, orders, stock),
# bulk (newsletters, lists, animals), unreadable.
# detectors:
#   subject-tag:          {enabled: true, weight: 30}  # marker: [secure] [encrypt] [phi] [confidential]
#   sensitivity-header:   {enabled: true, weight: 0}   # marker: X-Sensitivity: phi|restricted (confidential, private: phi), at least that level
#   sender-default:       {enabled: true, weight: 0}   # marker: senders: below
#   ssn:                  {enabled: true, weight: 15}  # identifier: 123-45-6789 (issued ranges), 9 digits after SSN, a national ID after its keyword
#   mbi:                  {enabled: true, weight: 15}  # identifier: Medicare Beneficiary Identifier
#   mrn:                  {enabled: true, weight: 10}  # identifier: after MRN, medical record, chart, patient ID
#   member-id:            {enabled: true, weight: 10}  # identifier: after member/subscriber/policy/insurance ID
#   claim-number:         {enabled: true, weight: 10}  # identifier: after claim number, claim #
#   dob:                  {enabled: true, weight: 15}  # identifier: a date after DOB, date of birth, born
#   hl7v2:                {enabled: true, weight: 20}  # identifier: an HL7 v2 message with a PID segment (not MSH-11 T/D test data)
#   fhir:                 {enabled: true, weight: 20}  # identifier: FHIR JSON with a Patient, or resources about one
#   ccda:                 {enabled: true, weight: 20}  # identifier: a C-CDA document's recordTarget
#   patient-table:        {enabled: true, weight: 20}  # identifier: CSV or HTML table rows with patient columns
#   x12:                  {enabled: true, weight: 20}  # identifier: an X12 claim, remittance, eligibility or authorisation about a person
#   account-number:       {enabled: true, weight: 5}   # individual: after account number, acct
#   employee-id:          {enabled: true, weight: 5}   # individual: after employee ID, in mail about a health leave with clinical words
#   service-date:         {enabled: true, weight: 5}   # individual: a date after date of service, admitted, appointment
#   patient-name:         {enabled: true, weight: 5}   # patient: a name after Patient:, services rendered to, Mr/Mrs/Ms, Sr/Sra; "Okafor, Benedict 3/14/62"; "Ana Rivera had her MRI"; a subject "Gerald Okafor MRI ..."
#   patient-directed:     {enabled: true, weight: 5}   # patient: your results, your appointment, your colonoscopy, sus resultados
#   phone:                {enabled: true, weight: 1}   # contact
#   email:                {enabled: true, weight: 0}   # contact
#   street-address:       {enabled: true, weight: 2}   # contact
#   salutation:           {enabled: true, weight: 5}   # individual: "Dear Maria," "Dear Mrs. Keller," "Hi Kevin -": a letter to one person
#   npi:                  {enabled: true, weight: 2}   # provider: NPI (Luhn with 80840) after NPI
#   dea:                  {enabled: true, weight: 2}   # provider: DEA number (check digit) after DEA
#   icd10:                {enabled: true, weight: 10}  # health: ICD-10-CM code near ICD/Dx, or dotted beside health terms
#   cpt:                  {enabled: true, weight: 10}  # health: CPT code near CPT / procedure code
#   hcpcs:                {enabled: true, weight: 10}  # health: HCPCS Level II code near HCPCS / CPT
#   ndc:                  {enabled: true, weight: 10}  # health: National Drug Code
#   diagnosis-term:       {enabled: true, weight: 5}   # health: word list "diagnoses", and unlisted words ending -itis, -oma, -osis...
#   procedure-term:       {enabled: true, weight: 5}   # health: word list "procedures", and unlisted words ending -ectomy, -oscopy...
#   drug-term:            {enabled: true, weight: 5}   # health: word list "drugs"
#   lab-term:             {enabled: true, weight: 5}   # health: word list "labs"
#   structured-clinical:  {enabled: true, weight: 10}  # health: clinical fields of a structured payload
#   care-term:            {enabled: true, weight: 3}   # care: appointments, referrals, claims, copays
#   mental-health:        {enabled: true, weight: 15}  # restricted
#   substance-use:        {enabled: true, weight: 15}  # restricted: 42 CFR Part 2
#   hiv:                  {enabled: true, weight: 15}  # restricted
#   genetic:              {enabled: true, weight: 15}  # restricted
#   reproductive:         {enabled: true, weight: 15}  # restricted
#   bulk-mail:            {enabled: true, weight: 0}   # bulk: List-Unsubscribe, Precedence: bulk, unsubscribe links
#   commerce:             {enabled: true, weight: 0}   # trade: price lists, quotes, invoices, purchase orders, tracking numbers
#   inventory:            {enabled: true, weight: 0}   # trade: in stock, reorder, par level, restock, cycle count
#   veterinary:           {enabled: true, weight: 0}   # bulk: your pet, veterinarian, animal hospital
#   property-claim:       {enabled: true, weight: 0}   # trade: vehicle, collision, date of loss, homeowners
#   test-data:            {enabled: true, weight: 0}   # bulk: fictional case, training record, test patient
#   unreadable:           {enabled: true, weight: 0}   # unreadable: malformed MIME, undecodable part, scan budget exceeded
#   unscanned-pdf:        {enabled: true, weight: 0}   # unreadable: a PDF without readable text (a scan, encrypted)
#   unscanned-attachment: {enabled: true, weight: 0}   # (no group) images, archives, binaries: listed, not read

# The most each group adds to a score (the defaults):
# groups:
#   identifier: 30
#   patient: 10
#   individual: 15
#   contact: 3
#   provider: 4
#   health: 20
#   care: 6
#   restricted: 25

# Context rules weigh groups together. A rule matches when all: groups
# were found, at least one of any:, and none of none:. It adds weight:,
# and at_least: / at_most: bound the level (in order, after the score).
# A context: list here replaces the built-in one whole. The built-in one:
# context:
#   - name: identifier+health          # a patient identifier with health or restricted content
#     all: [identifier]
#     any: [health, restricted]
#     weight: 25
#   - name: identifier+care            # a patient identifier with care or payment words only
#     all: [identifier, care]
#     none: [health, restricted]
#     weight: 12
#   - name: patient+health             # a patient named or spoken to with health content, on a bill too
#     all: [patient]
#     any: [health, restricted]
#     none: [identifier, bulk]
#     weight: 20
#   - name: individual+health          # one person (a greeting, an account) with health content, not in trade
#     all: [individual]
#     any: [health, restricted]
#     none: [identifier, patient, trade, bulk]
#     weight: 20
#   - name: patient+care               # a patient's care, no clinical words
#     all: [patient, care]
#     none: [identifier, health, restricted, bulk]
#     weight: 22
#   - name: individual+care            # one person's care, no clinical words, not in trade nor beside an NPI or a DEA number
#     all: [individual, care]
#     none: [identifier, patient, health, restricted, trade, bulk, provider]
#     weight: 20
#   - name: mailing+health             # a mailing that greets one person and speaks of their care: an EOB, a reminder
#     all: [bulk, patient, individual]
#     any: [health, restricted]
#     none: [identifier]
#     weight: 20
#   - name: mailing+care
#     all: [bulk, patient, individual, care]
#     none: [identifier, health, restricted]
#     weight: 22
#   - name: no-patient                 # health words about nobody are not PHI
#     none: [identifier, patient, individual, marker]
#     at_most: none
#   - name: customer-not-patient       # trade greeting a customer, a recruiter a nurse: no patient named
#     all: [trade, individual]
#     none: [identifier, patient, marker]
#     at_most: none
#   - name: no-health                  # identifiers about no care are not PHI
#     none: [health, care, restricted, marker]
#     at_most: none
#   - name: mailing-to-anyone          # a mailing that greets no one and names no identifier: a newsletter's "your"
#     all: [bulk]
#     none: [identifier, individual, marker]
#     at_most: none
#   - name: mailing-to-a-reader        # a mailing that greets its reader by name and speaks of no care of theirs: an ad's price list
#     all: [bulk, individual]
#     none: [identifier, patient, marker]
#     at_most: none
#   - name: restricted-needs-category
#     none: [restricted]
#     at_most: phi
#   - name: restricted+identifier
#     all: [restricted, identifier]
#     at_least: restricted
#   - name: restricted+patient
#     all: [restricted, patient]
#     none: [bulk]
#     at_least: restricted
#   - name: restricted+individual
#     all: [restricted, individual]
#     none: [trade, bulk]
#     at_least: restricted
#   - name: restricted+mailing
#     all: [restricted, bulk, patient, individual]
#     at_least: restricted
#   - name: fail-closed                # fail closed: what could not be read counts as PHI
#     any: [unreadable]
#     at_least: phi

# Your own detectors: a regular expression (RE2) or a word list (inline, or
# a file in the word-list format of policy/lexicon/lists, relative to this
# file). Their findings count in their group.
# custom:
#   - id: acme-chart-number
#     group: identifier
#     weight: 10
#     pattern: '\bACME-[0-9]{7}\b'
#   - id: trial-drugs
#     group: health
#     weight: 5
#     words: [examplumab, testinib]

# Everything a sender submits is at least this level (envelope sender or
# authenticated account):
# senders:
#   - match: ehr@clinic.example
#     level: phi

# How much of a message inspection reads; what lies past it is unreadable.
# inspection:
#   max_part: 16MiB
#   max_message: 40MiB

# How pgp and smime protect a message. The real Subject travels inside the
# encryption; the outer one is this neutral text (a subject can disclose a
# diagnosis). Keys below min_rsa_bits are not used. sign: sign with the
# organisation key of sealpost.yaml, then encrypt.
# encryption:
#   subject: Secure message
#   min_rsa_bits: 2048
#   sign: false

# Rules: the first whose when: matches decides. when: takes level, channel
# (email, sms), sender and recipient ("user@domain", "@domain" with its
# subdomains, or "*"); each one value or a list. In use:, the first method
# the recipient can receive wins; the later ones are fallbacks at delivery.
#   pgp, smime     the recipient's key or certificate is known
#   tls-verified   the recipient's mail server proves its name (PKIX, MTA-STS, DANE)
#   tls            encrypted, certificate not checked
#   plain          no requirement: only for level none
#   pickup         a link to read the message on this server's portal
#   reject         refuse the message
rules:
  - name: restricted
    when: {level: restricted}
    use: [pgp, smime, pickup]
  - name: phi
    when: {level: phi}
    use: [pgp, smime, tls-verified, pickup]
  - name: default
    use: [tls-verified, tls, plain]

# What you know of a partner's mail servers (the most specific match wins):
# overrides:
#   - match: "@partner-clinic.example"
#     tls: tls-verified
`
