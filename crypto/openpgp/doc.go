// Package openpgp encrypts outgoing messages to their recipients' OpenPGP
// keys as PGP/MIME (RFC 3156): it owns recipient key parsing and vetting
// (Key, Check, Info), the organisation's signing key (Signer), and the
// protect.Encrypter that writes the multipart/encrypted body, streaming,
// optionally signed inside the encryption.
//
// It encrypts to exactly the keys it is given, one Encrypter per
// recipient copy, so that a copy never names another recipient's key. It
// writes SEIPDv1, which GnuPG 2.2 reads, unless asked for AEAD and every
// recipient key advertises SEIPDv2.
//
// It never logs, never holds a whole message in memory, and never puts key
// material, passphrases or message content in an error.
package openpgp
