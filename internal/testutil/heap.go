package testutil

import (
	"runtime"
	"sync/atomic"
	"time"
)

// PeakHeap runs fn and returns the highest heap in use seen above what
// was in use before, sampled every millisecond (and once at the end).
func PeakHeap(fn func()) uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapInuse
	var peak atomic.Uint64
	done := make(chan struct{})
	go func() {
		var s runtime.MemStats
		for {
			select {
			case <-done:
				return
			case <-time.After(time.Millisecond):
				runtime.ReadMemStats(&s)
				if s.HeapInuse > base && s.HeapInuse-base > peak.Load() {
					peak.Store(s.HeapInuse - base)
				}
			}
		}
	}()
	fn()
	close(done)
	runtime.ReadMemStats(&ms)
	return max(peak.Load(), ms.HeapInuse-min(ms.HeapInuse, base))
}
