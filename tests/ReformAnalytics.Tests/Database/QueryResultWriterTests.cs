using System.Text.Json;
using DuckDB.NET.Data;
using ReformAnalytics.Database;

namespace ReformAnalytics.Tests.Database;

/// <summary>What <c>reform sql</c> and <c>reform metrics</c> write for --format csv and json.</summary>
public sealed class QueryResultWriterTests
{
    private const string Query = """
        SELECT * FROM (VALUES
            ('县发改局, 牵头', 1.0 / 3, DATE '2024-06-30', ['县财政局', '县人社局'], NULL::DOUBLE, 'nan'::DOUBLE),
            ('说"好"', 80.5, DATE '2024-12-31', []::VARCHAR[], 2.0, 1.5)
        ) t(unit, share, status_date, co_units, missing, odd)
        """;

    [Fact]
    public async Task Csv_QuotesCommasAndQuotes_KeepsFullPrecision_LeavesNullEmpty_JoinsLists()
    {
        var text = await WriteAsync(QueryResultWriter.WriteCsvAsync);

        var lines = text.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("unit,share,status_date,co_units,missing,odd", lines[0]);
        Assert.Equal("\"县发改局, 牵头\",0.3333333333333333,2024-06-30,县财政局;县人社局,,NaN", lines[1]);
        Assert.Equal("\"说\"\"好\"\"\",80.5,2024-12-31,,2,1.5", lines[2]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task Json_IsAnArrayOfObjects_ListsAsArrays_NullAsNull_NonFiniteAsText()
    {
        using var json = JsonDocument.Parse(await WriteAsync(QueryResultWriter.WriteJsonAsync));

        var rows = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(2, rows.Length);
        Assert.Equal("县发改局, 牵头", rows[0].GetProperty("unit").GetString());
        Assert.Equal(1.0 / 3, rows[0].GetProperty("share").GetDouble());
        Assert.Equal("2024-06-30", rows[0].GetProperty("status_date").GetString());
        Assert.Equal(["县财政局", "县人社局"], rows[0].GetProperty("co_units").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("missing").ValueKind);
        Assert.Equal("NaN", rows[0].GetProperty("odd").GetString()); // JSON has no NaN
        Assert.Equal(0, rows[1].GetProperty("co_units").GetArrayLength());
    }

    private static async Task<string> WriteAsync(Func<System.Data.Common.DbDataReader, TextWriter, CancellationToken, Task<int>> write)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = Query;
        using var reader = await command.ExecuteReaderAsync();
        using var output = new StringWriter();
        Assert.Equal(2, await write(reader, output, CancellationToken.None));
        return output.ToString();
    }
}
