namespace ReformAnalytics.Cli.Infrastructure;

/// <summary>
/// Where Ctrl+C goes: to the innermost piece of work that asked for it. A query typed at `reform sql`'s prompt is
/// cancelled and the prompt stays; the prompt itself, waiting for a line, lets the program end at once, as a shell's
/// prompt would; with no scope open the program cancels the whole command, which stops cleanly.
/// </summary>
internal sealed class Interrupts
{
    private readonly Lock _lock = new();
    private readonly List<CancellationTokenSource?> _scopes = [];

    /// <summary>Sends Ctrl+C to <paramref name="source"/> until the returned scope is disposed.</summary>
    public IDisposable Catch(CancellationTokenSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Open(source);
    }

    /// <summary>Lets Ctrl+C end the program until the returned scope is disposed: nothing is under way to stop cleanly.</summary>
    public IDisposable LetEnd() => Open(null);

    /// <summary>What Ctrl+C does now; a caught one has cancelled its scope's work.</summary>
    public InterruptOutcome Interrupt()
    {
        CancellationTokenSource? innermost;
        lock (_lock)
        {
            if (_scopes.Count == 0)
            {
                return InterruptOutcome.CancelCommand;
            }

            innermost = _scopes[^1];
        }

        if (innermost is null)
        {
            return InterruptOutcome.EndProgram;
        }

        innermost.Cancel();
        return InterruptOutcome.Caught;
    }

    private Scope Open(CancellationTokenSource? source)
    {
        lock (_lock)
        {
            _scopes.Add(source);
            return new Scope(this, _scopes.Count - 1);
        }
    }

    private void Close(int depth)
    {
        lock (_lock)
        {
            // Closing a scope closes those opened inside it, if still open.
            if (depth < _scopes.Count)
            {
                _scopes.RemoveRange(depth, _scopes.Count - depth);
            }
        }
    }

    private sealed class Scope(Interrupts owner, int depth) : IDisposable
    {
        private bool _closed;

        public void Dispose()
        {
            if (!_closed)
            {
                _closed = true;
                owner.Close(depth);
            }
        }
    }
}

/// <summary>What one Ctrl+C does.</summary>
internal enum InterruptOutcome
{
    /// <summary>The innermost scope's work was cancelled; the command goes on.</summary>
    Caught,

    /// <summary>The program ends at once.</summary>
    EndProgram,

    /// <summary>The whole command is cancelled and stops cleanly.</summary>
    CancelCommand,
}
