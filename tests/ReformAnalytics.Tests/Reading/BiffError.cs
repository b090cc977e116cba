namespace ReformAnalytics.Tests.Reading;

/// <summary>
/// A cell for <see cref="BiffWorkbookWriter"/> showing an Excel error by its BIFF code (0x07 #DIV/0!, 0x2A #N/A): a FORMULA
/// record (the formula =1/0) whose cached result is the error, as Excel saves it, or with <paramref name="Typed"/> a BOOLERR
/// record, an error typed as a value.
/// </summary>
internal readonly record struct BiffError(byte Code, bool Typed = false);
