using ReformAnalytics.Cli.Infrastructure;

namespace ReformAnalytics.Tests.Cli;

/// <summary>Where Ctrl+C goes: the innermost open scope, else the whole command.</summary>
public sealed class InterruptsTests
{
    [Fact]
    public void Interrupt_WithNoScopeOpen_CancelsTheCommand()
    {
        Assert.Equal(InterruptOutcome.CancelCommand, new Interrupts().Interrupt());
    }

    [Fact]
    public void Interrupt_WhileAQueryRuns_CancelsOnlyThatQuery_AndThePromptAroundItEndsTheProgramAfterwards()
    {
        var interrupts = new Interrupts();
        using var prompt = interrupts.LetEnd();
        using var query = new CancellationTokenSource();
        var running = interrupts.Catch(query);

        Assert.Equal(InterruptOutcome.Caught, interrupts.Interrupt());
        Assert.True(query.IsCancellationRequested);

        running.Dispose();
        Assert.Equal(InterruptOutcome.EndProgram, interrupts.Interrupt());
        prompt.Dispose();
        Assert.Equal(InterruptOutcome.CancelCommand, interrupts.Interrupt());
    }

    [Fact]
    public void Dispose_Twice_ClosesItsScopeOnly()
    {
        var interrupts = new Interrupts();
        using var outer = new CancellationTokenSource();
        using var outerScope = interrupts.Catch(outer);
        var inner = interrupts.LetEnd();
        inner.Dispose();
        inner.Dispose();

        Assert.Equal(InterruptOutcome.Caught, interrupts.Interrupt());
        Assert.True(outer.IsCancellationRequested);
    }

    [Fact]
    public void Dispose_OfAnOuterScope_ClosesTheScopesInsideIt()
    {
        var interrupts = new Interrupts();
        using var query = new CancellationTokenSource();
        var prompt = interrupts.LetEnd();
        var running = interrupts.Catch(query);

        prompt.Dispose();
        running.Dispose();

        Assert.Equal(InterruptOutcome.CancelCommand, interrupts.Interrupt());
        Assert.False(query.IsCancellationRequested);
    }
}
