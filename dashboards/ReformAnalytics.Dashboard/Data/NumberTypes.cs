namespace ReformAnalytics.Dashboard.Data;

/// <summary>
/// Whether a column's DuckDB type (<see cref="ResultTable.Types"/>) holds numbers: the integers, the floating-point and the
/// decimal types, by their SQL names (DOUBLE, DECIMAL(18,3)) or DuckDB.NET's (Double, BigInt, UnsignedInteger).
/// </summary>
internal static class NumberTypes
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT",
        "FLOAT", "REAL", "DOUBLE", "DECIMAL", "INT", "UnsignedTinyInt", "UnsignedSmallInt", "UnsignedInteger", "UnsignedBigInt",
        "UnsignedHugeInt", "VarInt",
    };

    public static bool IsNumber(string? type) =>
        type is not null && Names.Contains(type.Split('(')[0].Trim());
}
