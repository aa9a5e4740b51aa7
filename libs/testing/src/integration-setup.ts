// Integration tests boot the real API and wait on the real worker: give them room, never sleeps.
jest.setTimeout(60_000);
