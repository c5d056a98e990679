package sms

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/sealpost/sealpost/channels/sms/twiliotest"
)

// BenchmarkSendTenThousand sends one text to each of 10,000 numbers
// through the real twilio-go client to the local API (20 ms a call, as
// a distant API answers), from 64 callers, with the sender capped at
// 500 texts/s and 16 calls in flight. It reports the rate reached and
// the most calls the API saw at once: both must stay at their caps.
//
//	go test -run X -bench SendTenThousand -benchtime 1x ./channels/sms/
func BenchmarkSendTenThousand(b *testing.B) {
	const numbers, callers, perSecond, concurrency = 10000, 64, 500, 16
	for range b.N {
		fake := twiliotest.New(testSID, testToken)
		fake.Delay = 20 * time.Millisecond
		s, err := NewSender(Config{AccountSID: testSID, AuthToken: testToken, From: "+12025550100",
			HTTPClient: fake.Client(), PerSecond: perSecond, Concurrency: concurrency})
		if err != nil {
			b.Fatal(err)
		}
		todo := make(chan int)
		var wg sync.WaitGroup
		var failed sync.Map
		start := time.Now()
		for range callers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range todo {
					if _, err := s.Send(context.Background(), fmt.Sprintf("+1202555%04d", i%10000), "Your appointment is Tuesday."); err != nil {
						failed.Store(i, err)
					}
				}
			}()
		}
		for i := range numbers {
			todo <- i
		}
		close(todo)
		wg.Wait()
		elapsed := time.Since(start)
		failed.Range(func(k, v any) bool { b.Fatalf("number %v: %v", k, v); return false })
		if n := len(fake.Messages()); n != numbers {
			b.Fatalf("%d texts arrived, want %d", n, numbers)
		}
		got := float64(numbers) / elapsed.Seconds()
		b.ReportMetric(got, "texts/s")
		if got > perSecond*1.02 {
			b.Errorf("%.1f texts/s, cap %d", got, perSecond)
		}
		b.ReportMetric(float64(fake.MaxInFlight()), "max-in-flight")
		if fake.MaxInFlight() > concurrency {
			b.Errorf("%d calls in flight, cap %d", fake.MaxInFlight(), concurrency)
		}
		fake.Close()
	}
}
