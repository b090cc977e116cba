using System.Text.Json;

namespace ReformAnalytics.Notebooks.Tests.Harness;

/// <summary>
/// An <c>.ipynb</c> file as the harness reads it: nbformat 4, cells in order. A code cell's language is taken the way
/// Polyglot Notebooks takes it: a first-line magic (<c>#!csharp</c>, <c>#!sql</c>, …) wins, then the cell's
/// <c>polyglot_notebook.kernelName</c> or <c>dotnet_interactive.language</c>, then the notebook's default kernel.
/// </summary>
internal sealed record NotebookDocument(string Path, int NbFormat, string DefaultLanguage, IReadOnlyList<NotebookCell> Cells)
{
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    public string Directory => System.IO.Path.GetDirectoryName(Path)!;

    public static NotebookDocument Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        var nbFormat = root.TryGetProperty("nbformat", out var f) ? f.GetInt32() : 0;
        var metadata = root.TryGetProperty("metadata", out var m) ? m : default;
        var defaultLanguage = Normalise(
            Text(metadata, "polyglot_notebook", "kernelInfo", "defaultKernelName")
            ?? Text(metadata, "kernelspec", "language")
            ?? "csharp");

        var cells = new List<NotebookCell>();
        string? heading = null;
        foreach (var cell in root.GetProperty("cells").EnumerateArray())
        {
            var source = Source(cell);
            var kind = cell.GetProperty("cell_type").GetString() switch
            {
                "markdown" => NotebookCellKind.Markdown,
                "code" => NotebookCellKind.Code,
                _ => NotebookCellKind.Raw,
            };
            var language = kind switch
            {
                NotebookCellKind.Markdown => "markdown",
                NotebookCellKind.Raw => "raw",
                _ => MagicLanguage(source)
                    ?? Normalise(Text(cell, "metadata", "polyglot_notebook", "kernelName")
                        ?? Text(cell, "metadata", "dotnet_interactive", "language")
                        ?? defaultLanguage),
            };
            var outputs = cell.TryGetProperty("outputs", out var o) && o.ValueKind == JsonValueKind.Array ? o.GetArrayLength() : 0;
            var executed = cell.TryGetProperty("execution_count", out var e) && e.ValueKind == JsonValueKind.Number;
            if (language == "markdown" && LastHeading(source) is { } h)
            {
                heading = h;
            }

            cells.Add(new NotebookCell(cells.Count, kind, language, source, heading, outputs, executed));
        }

        return new NotebookDocument(System.IO.Path.GetFullPath(path), nbFormat, defaultLanguage, cells);
    }

    private static string Source(JsonElement cell)
    {
        var source = cell.GetProperty("source");
        return source.ValueKind == JsonValueKind.Array
            ? string.Concat(source.EnumerateArray().Select(s => s.GetString()))
            : source.GetString() ?? string.Empty;
    }

    private static string? Text(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }

    /// <summary>The kernel named by a <c>#!name</c> first line, when that names a kernel (not <c>#!time</c> and the like).</summary>
    private static string? MagicLanguage(string source)
    {
        var first = source.TrimStart().Split('\n', 2)[0].Trim();
        if (!first.StartsWith("#!", StringComparison.Ordinal))
        {
            return null;
        }

        var name = first[2..].Split(' ', 2)[0];
        return CellCode.IsKernelMagic(name) ? Normalise(name) : null;
    }

    private static string Normalise(string language) => language.ToUpperInvariant() switch
    {
        "C#" or "CSHARP" or ".NET-CSHARP" => "csharp",
        "F#" or "FSHARP" or ".NET-FSHARP" => "fsharp",
        "PWSH" or "POWERSHELL" or ".NET-PWSH" => "pwsh",
        _ => language.ToLowerInvariant(),
    };

    private static string? LastHeading(string markdown) =>
        markdown.Split('\n')
            .Select(l => l.Trim())
            .LastOrDefault(l => l.StartsWith('#'))
            ?.TrimStart('#')
            .Trim();
}
