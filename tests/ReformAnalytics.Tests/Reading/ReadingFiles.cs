using System.Text;
using ReformAnalytics.Reading;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Tests.Reading;

/// <summary>A scratch folder for one test's input files, deleted afterwards, and paths of the golden inputs.</summary>
internal sealed class ReadingFiles : IDisposable
{
    public ReadingFiles()
    {
        Folder = Path.Combine(Path.GetTempPath(), "ReformAnalytics.Tests", "Reading", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public static string Golden(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "Reading", name);

    public static Task<IReadOnlyList<LedgerTable>> ReadAsync(string path, ReadOptions? options = null) =>
        LedgerFileReader.ReadAsync(path, options ?? ReadOptions.Default, CancellationToken.None);

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Writes text in UTF-8 without a byte-order mark.</summary>
    public string WriteText(string name, string text) => Write(name, new UTF8Encoding(false).GetBytes(text));

    public string WriteWorkbook(string name, Action<XlsxWriter> build)
    {
        var path = Path.Combine(Folder, name);
        using (var stream = File.Create(path))
        using (var writer = new XlsxWriter(stream))
        {
            build(writer);
        }

        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
