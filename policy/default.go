package policy

// defaultYAML is the built-in policy. Its commented examples are tested:
// uncommented, they parse and state the built-in defaults.
const defaultYAML = `# Sealpost policy. Check it with: sealpost policy check
#
# Inspection scores each message: every detector that finds its kind adds
# its weight once. A level applies from its threshold up; "none" is every
# score below the lowest.
levels:
  phi: 30
  restricted: 70

# Every detector can be reweighted or switched off. These are the defaults:
# one identifier alone, or health terms without an identifier, stay below
# phi; an identifier with health terms reaches it.
# detectors:
#   subject-tag:        {enabled: true, weight: 30}  # [secure] [encrypt] [phi] in the subject: at least phi
#   sensitivity-header: {enabled: true, weight: 0}   # X-Sensitivity: phi|restricted: at least that level
#   ssn:                {enabled: true, weight: 10}  # 123-45-6789, or 9 digits right after "SSN"
#   mbi:                {enabled: true, weight: 15}  # Medicare Beneficiary Identifier
#   mrn:                {enabled: true, weight: 10}  # MRN, member/claim/account/patient number
#   dob:                {enabled: true, weight: 10}  # a date right after DOB, date of birth, born
#   npi:                {enabled: true, weight: 5}   # a provider's NPI (not a patient identifier)
#   clinical-term:      {enabled: true, weight: 10}  # diagnoses, drugs, tests
#   restricted-term:    {enabled: true, weight: 15}  # HIV, substance use, mental health, genetic, reproductive
#   identifier+health:  {enabled: true, weight: 20}  # a patient identifier with clinical or restricted terms
# Restricted terms about an identified patient are always at least restricted.

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
