#pragma once

// ConcurrencyLimit: how many checks may run at once without running out of file
// descriptors. Each running check holds a pipe and a process descriptor (and briefly more
// while the child starts), a web proof-of-life a socket; the database and the event loop
// need a few more. A cap the limit cannot carry is lowered, never a reason to fail.

class ConcurrencyLimit
{
public:
    // Open files one running check may need at worst (pipe ends, pidfd, start-up pipe, socket).
    static constexpr int kFilesPerCheck = 6;
    // Kept free for the database (file, WAL, shared memory), stdio, the event loop, Qt.
    static constexpr int kReservedFiles = 64;

    // Pure: the cap for a requested value under an open-file limit.
    static int capFor(int requested, long long openFileLimit);
    // The process's open-file limit, first raising the soft limit towards the hard limit as
    // far as `requested` checks need. Returns a large number where there is no such limit.
    static long long openFileLimit(int requested);
    // capFor(requested, openFileLimit(requested)).
    static int effectiveCap(int requested);
};
