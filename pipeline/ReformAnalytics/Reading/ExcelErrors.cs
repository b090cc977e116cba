namespace ReformAnalytics.Reading;

/// <summary>
/// The formula errors Excel shows in a cell (ECMA-376 part 1, 18.17.6 and later versions' #SPILL!, #CALC!, #GETTING_DATA),
/// the names LibreOffice and Excel show them by in other languages, and LibreOffice's own numbered errors (Err:502,
/// <see cref="LibreOfficeErrors"/>).
/// </summary>
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
    public const string GettingData = "#GETTING_DATA";

    /// <summary>The error told for an error cell that shows no text (LibreOffice and Excel always write it; another program may not).</summary>
    public const string Unshown = "错误值";

    /// <summary>The longest error text Excel shows, #GETTING_DATA: a longer text is never one.</summary>
    private const int LongestError = 13;

    /// <summary>
    /// Errors as a spreadsheet in another language shows them (LibreOffice's and Excel's German, French, Russian and Spanish
    /// names), each with the error it is: an .ods marks its error cells by type, whatever their text, and the office is
    /// told what the error means by the English one's meaning.
    /// </summary>
    private static readonly Dictionary<string, string> Localised = new(StringComparer.Ordinal)
    {
        ["#WERT!"] = Value,
        ["#NV"] = NotAvailable,
        ["#BEZUG!"] = Reference,
        ["#ZAHL!"] = Number,
        ["#VALEUR!"] = Value,
        ["#NOM?"] = Name,
        ["#NOMBRE!"] = Number,
        ["#NUL!"] = Null,
        ["#ЗНАЧЕН!"] = Value,
        ["#ЗНАЧ!"] = Value,
        ["#Н/Д"] = NotAvailable,
        ["#ССЫЛКА!"] = Reference,
        ["#ИМЯ?"] = Name,
        ["#ЧИСЛО!"] = Number,
        ["#ПУСТО!"] = Null,
        ["#ДЕЛ/0!"] = DivideByZero,
        ["#¡VALOR!"] = Value,
        ["#¡REF!"] = Reference,
        ["#¿NOMBRE?"] = Name,
        ["#¡NUM!"] = Number,
        ["#¡NULO!"] = Null,
        ["#¡DIV/0!"] = DivideByZero,
    };

    /// <summary>The error as one shared string when Excel knows it (a sheet may hold thousands of #N/A); null for any other text.</summary>
    public static string? Known(string text) => Known(text.AsSpan());

    /// <summary>
    /// The error <paramref name="text"/> is, spaces around it aside, as one shared string (#N/A, or LibreOffice's Err:502);
    /// null for any other text. Cheap for the text of any cell: one that does not start with # or E is no error.
    /// </summary>
    public static string? Known(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length is < 4 or > LongestError || text[0] is not ('#' or 'E'))
        {
            return null;
        }

        if (text[0] == 'E')
        {
            return LibreOfficeErrors.Known(text);
        }

        return text switch
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
            GettingData => GettingData,
            _ => null,
        };
    }

    /// <summary>
    /// A cell read as text: an empty cell showing the error where its whole text is one of Excel's (#N/A in a CSV, a web
    /// page or an XML spreadsheet, which keep the error as the text shown), as an .xlsx's error cell is; else the text.
    /// </summary>
    public static CellValue TextOrError(string text) =>
        Known(text) is { } error ? CellValue.FromError(error) : CellValue.FromText(text);

    /// <summary>
    /// The error Excel shows in English for one shown in another language (#WERT! is #VALUE!) or by LibreOffice's number
    /// (Err:532 is #DIV/0!); the text itself when it is none it knows.
    /// </summary>
    public static string InEnglish(string error)
    {
        var trimmed = error.Trim();
        return LibreOfficeErrors.InExcel(trimmed) ?? Known(trimmed) ?? Localised.GetValueOrDefault(trimmed) ?? error;
    }
}
