namespace ReformAnalytics.Dashboard.Data;

/// <summary>Conversions of the values DuckDB.NET hands back.</summary>
internal static class DbValues
{
    public static DateOnly? AsDate(object? value) => value switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        DuckDB.NET.Native.DuckDBDateOnly dd => dd.ToDateOnly(),
        _ => null,
    };

    public static double? AsDouble(object? value) => value switch
    {
        null or DBNull => null,
        double d => d,
        float f => f,
        decimal m => (double)m,
        long l => l,
        int i => i,
        short s => s,
        byte b => b,
        ulong u => u,
        uint u => u,
        System.Numerics.BigInteger big => (double)big,
        _ => null,
    };

    public static bool? AsBool(object? value) => value is bool b ? b : null;
}
