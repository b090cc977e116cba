using System.Text.Json;

namespace ReformAnalytics.Notebooks.Tests.Support;

/// <summary>A small notebook written into a temporary folder, for the harness's own tests. Deleted on dispose.</summary>
internal sealed class ScratchNotebook : IDisposable
{
    private readonly List<object> _cells = [];

    public ScratchNotebook()
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reform-scratch-nb-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Folder);
    }

    /// <summary>Stands in for the repository root in these tests.</summary>
    public string Folder { get; }

    public string Path => System.IO.Path.Combine(Folder, "scratch.ipynb");

    public ScratchNotebook Markdown(string text)
    {
        _cells.Add(new Dictionary<string, object> { ["cell_type"] = "markdown", ["metadata"] = new { }, ["source"] = text });
        return this;
    }

    public ScratchNotebook Code(string code, string kernel = "csharp")
    {
        var lines = code.Split('\n');
        _cells.Add(new Dictionary<string, object?>
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["metadata"] = new Dictionary<string, object> { ["polyglot_notebook"] = new { kernelName = kernel } },
            ["outputs"] = Array.Empty<object>(),
            ["source"] = lines.Select((l, i) => i < lines.Length - 1 ? l + "\n" : l).ToArray(),
        });
        return this;
    }

    public Harness.NotebookDocument Save()
    {
        var notebook = new Dictionary<string, object>
        {
            ["cells"] = _cells,
            ["metadata"] = new { kernelspec = new { language = "C#", name = ".net-csharp" } },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 4,
        };
        File.WriteAllText(Path, JsonSerializer.Serialize(notebook));
        return Harness.NotebookDocument.Load(Path);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
