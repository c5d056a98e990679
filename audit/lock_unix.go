//go:build unix

package audit

import (
	"os"
	"syscall"
)

// lockFile takes the exclusive flock of f, waiting for it. Separate opens
// of the file, in one process or several, contend for it.
func lockFile(f *os.File) error {
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		if err != syscall.EINTR {
			return err
		}
	}
}

func unlockFile(f *os.File) error {
	return syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
}
