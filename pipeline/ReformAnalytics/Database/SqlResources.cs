using System.Reflection;

namespace ReformAnalytics.Database;

/// <summary>Reads the .sql files embedded in the library (each stage keeps its SQL beside its code).</summary>
public static class SqlResources
{
    private static readonly Assembly Library = typeof(SqlResources).Assembly;

    /// <summary>Loads an embedded .sql file by its path under the library, e.g. "Database/schema.sql".</summary>
    public static string Load(string relativePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        var resource = "ReformAnalytics." + relativePath.Replace('/', '.').Replace('\\', '.');
        using var stream = Library.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded SQL '{relativePath}' ({resource}) not found.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
