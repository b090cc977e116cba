namespace ReformAnalytics.Tests.Support;

/// <summary>
/// A fresh folder under the system temp folder, deleted on dispose. Its name has no digits: a folder's name may say a
/// ledger's month (2024年6月, 202406), and a random one must not say one by chance.
/// </summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "reform-test")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + "-" + string.Concat(Guid.NewGuid().ToString("N")[..12].Select(c => char.IsAsciiDigit(c) ? (char)('g' + (c - '0')) : c)));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean: a test must not fail on cleanup.
        }
    }
}
