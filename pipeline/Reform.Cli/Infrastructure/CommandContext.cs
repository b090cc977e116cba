using Spectre.Console;

namespace ReformAnalytics.Cli.Infrastructure;

/// <summary>What a command runs with: the console to write to and the clock (only for wall-clock metadata, never the status date).</summary>
internal sealed class CommandContext(IAnsiConsole console, TimeProvider clock)
{
    public IAnsiConsole Console { get; } = console;

    public TimeProvider Clock { get; } = clock;

    /// <summary>Plain standard output for machine-readable formats (csv, json), bypassing Spectre's markup.</summary>
    public TextWriter Out { get; init; } = System.Console.Out;

    /// <summary>What an interactive command reads its lines from.</summary>
    public TextReader In { get; init; } = System.Console.In;

    /// <summary>Standard error for the library's messages (plain lines, not markup).</summary>
    public TextWriter Error { get; init; } = System.Console.Error;

    /// <summary>Whether <see cref="Error"/> shows on a terminal (not a file or a pipe).</summary>
    public bool ErrorIsTerminal { get; init; } = !System.Console.IsErrorRedirected;

    /// <summary>Where Ctrl+C goes while a command runs.</summary>
    public Interrupts Interrupts { get; } = new();

    /// <summary><see cref="Out"/> with each whole line fitted to the terminal (<see cref="FittedLineWriter"/>); as it is for a file or a pipe.</summary>
    public TextWriter FittedOut() => FittedLineWriter.For(Out, Console.Profile.Out.IsTerminal, Console.Profile.Width);

    /// <summary>
    /// <see cref="Error"/> fitted like <see cref="FittedOut"/> when it shows on a terminal, at standard output's width (the
    /// console's width is that of a file or a pipe when standard output goes to one: then nothing is fitted).
    /// </summary>
    public TextWriter FittedError() => FittedLineWriter.For(Error, ErrorIsTerminal, Console.Profile.Width);
}
