package relay

import (
	"context"
	"errors"

	"github.com/sealpost/sealpost/crypto/passwd"
	"github.com/sealpost/sealpost/store"
)

// StoreAuth authenticates SMTP accounts against the store's password
// hashes.
type StoreAuth struct {
	Store store.Store
	// dummy is verified when the user does not exist, so that an unknown
	// name costs as much time as a wrong password.
	dummy string
}

var _ Authenticator = (*StoreAuth)(nil)

// NewStoreAuth returns an Authenticator over st.
func NewStoreAuth(st store.Store) (*StoreAuth, error) {
	dummy, err := passwd.Hash("sealpost-timing-equaliser")
	if err != nil {
		return nil, err
	}
	return &StoreAuth{Store: st, dummy: dummy}, nil
}

// Authenticate checks a username and password.
func (a *StoreAuth) Authenticate(ctx context.Context, username, password string) (*Account, error) {
	u, err := a.Store.User(ctx, username)
	if errors.Is(err, store.ErrNotFound) {
		passwd.Verify(a.dummy, password)
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	ok, err := passwd.Verify(u.Hash, password)
	if err != nil || !ok {
		return nil, err
	}
	return &Account{Name: u.Name, MaySendAs: u.MaySendAs}, nil
}
