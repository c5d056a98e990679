package sms

import (
	"errors"
	"strings"
	"testing"
)

func TestMailText(t *testing.T) {
	plain := "From: <a@clinic.example>\r\nSubject: Reminder\r\n\r\nYour appointment is on Friday at 10:00.\r\nReply STOP to stop.\r\n"
	multipart := "From: <a@clinic.example>\r\nSubject: =?utf-8?q?Rappel_=C3=A0_10h?=\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/alternative; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/html\r\n\r\n<p>html</p>\r\n" +
		"--b\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nVotre rendez-vous est =E0 10h.\r\n" +
		"--b--\r\n"
	cases := []struct {
		name, raw, from, want string
	}{
		{"body", plain, TextBody, "Your appointment is on Friday at 10:00.\nReply STOP to stop."},
		{"subject", plain, TextSubject, "Reminder"},
		{"both", plain, TextSubjectAndBody, "Reminder\nYour appointment is on Friday at 10:00.\nReply STOP to stop."},
		{"the plain part, decoded", multipart, TextBody, "Votre rendez-vous est à 10h."},
		{"an encoded subject", multipart, TextSubject, "Rappel à 10h"},
	}
	for _, c := range cases {
		got, err := MailText(strings.NewReader(c.raw), c.from)
		if err != nil || got != c.want {
			t.Errorf("%s: %q, %v; want %q", c.name, got, err, c.want)
		}
	}
	if _, err := MailText(strings.NewReader("From: <a@clinic.example>\r\n\r\n\r\n"), TextBody); !errors.Is(err, ErrNoText) {
		t.Errorf("an empty mail: %v, want ErrNoText", err)
	}
}
