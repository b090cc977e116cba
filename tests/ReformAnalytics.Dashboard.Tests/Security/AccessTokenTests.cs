using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using ReformAnalytics.Dashboard.Tests.Support;

namespace ReformAnalytics.Dashboard.Tests.Security;

/// <summary>With a token, every request must carry it: once in the link (then a cookie), or in a header.</summary>
public sealed class AccessTokenTests : IAsyncLifetime
{
    private const string Token = "office-token-2024";
    private readonly TempFolder _folder = new();
    private DashboardFactory _factory = null!;

    public async Task InitializeAsync()
    {
        await FixtureCounty.CreateAsync(_folder.File("county.duckdb"));
        _factory = new DashboardFactory(_folder.File("county.duckdb"), _folder.Path, Token);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Request_WithoutToken_RefusedWithChineseExplanation()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("访问口令", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_WrongToken_Refused()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/?token=wrong-token-000");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TokenInLink_SetsCookieAndRedirectsWithoutIt_ThenCookieSuffices()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        using var first = await client.GetAsync($"/units?month=2024-06&token={Token}");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/units?month=2024-06", first.Headers.Location?.OriginalString);
        Assert.Contains(first.Headers.GetValues("Set-Cookie"), c => c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("samesite=strict", StringComparison.OrdinalIgnoreCase));

        using var second = await client.GetAsync("/units?month=2024-06");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task Request_WithBearerHeader_Served()
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);

        using var response = await client.GetAsync("/tasks");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
