namespace ReformAnalytics.Reading;

/// <summary>The formula errors Excel shows in a cell (ECMA-376 part 1, 18.17.6 and later versions' #SPILL!, #CALC!).</summary>
internal static class ExcelErrors
{
    public const string DivideByZero = "#DIV/0!";
    public const string NotAvailable = "#N/A";
    public const string Reference = "#REF!";
    public const string Value = "#VALUE!";
    public const string Name = "#NAME?";
    public const string Number = "#NUM!";
    public const string Null = "#NULL!";
    public const string Spill = "#SPILL!";
    public const string Calc = "#CALC!";

    /// <summary>The error as one shared string when Excel knows it (a sheet may hold thousands of #N/A); null for any other text.</summary>
    public static string? Known(string text) => text switch
    {
        DivideByZero => DivideByZero,
        NotAvailable => NotAvailable,
        Reference => Reference,
        Value => Value,
        Name => Name,
        Number => Number,
        Null => Null,
        Spill => Spill,
        Calc => Calc,
        _ => null,
    };
}
