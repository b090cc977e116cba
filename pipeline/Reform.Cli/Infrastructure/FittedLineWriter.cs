using System.Text;

namespace ReformAnalytics.Cli.Infrastructure;

/// <summary>
/// A writer for the library's command runners (which write plain lines to a <see cref="TextWriter"/>) that breaks each
/// line written whole by <see cref="LineBreaker"/> at the terminal's width. Before, a note of 200 characters under
/// <c>reform metrics</c>' table was cut by the terminal wherever its width ran out, inside a number or before a closing
/// mark. Text written in pieces goes through as it is, and so does every line that already fits (a table's rows).
/// </summary>
internal sealed class FittedLineWriter(TextWriter inner, int width) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    /// <summary>
    /// <paramref name="writer"/> itself when it does not go to a terminal (a file or a pipe keeps each line whole) or the
    /// width is <see cref="ConsoleText.Unbounded"/>; otherwise a writer that fits its lines to <paramref name="width"/>.
    /// </summary>
    public static TextWriter For(TextWriter writer, bool toTerminal, int width) =>
        toTerminal && width < ConsoleText.Unbounded ? new FittedLineWriter(writer, width) : writer;

    public override void Write(char value) => inner.Write(value);

    public override void Write(string? value) => inner.Write(value);

    public override void WriteLine(string? value) => inner.WriteLine(Fit(value));

    public override Task WriteLineAsync(string? value) => inner.WriteLineAsync(Fit(value));

    public override void Flush() => inner.Flush();

    public override Task FlushAsync() => inner.FlushAsync();

    private string? Fit(string? value) => value is null ? null : LineBreaker.Wrap(value, width).Replace("\n", inner.NewLine, StringComparison.Ordinal);
}
