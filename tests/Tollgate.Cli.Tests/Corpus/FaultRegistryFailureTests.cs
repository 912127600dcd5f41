using System.Net;

namespace Tollgate.Cli.Tests.Corpus;

/// <summary>
/// A stand-in that fails itself (a file it serves is gone) must say so with a 500, never with the default
/// "200 OK, empty body": a client then reports a digest mismatch (TOLLGATE0102) for what the case meant as a 429 or a
/// 403 — the corpus failures seen under load.
/// </summary>
public class FaultRegistryFailureTests
{
    [Test]
    public async Task A_stand_in_that_throws_answers_500_not_an_empty_200()
    {
        // Arrange: a handler failing the way a missing blob file fails
        using var server = new LoopbackHttpServer(_ => throw new FileNotFoundException("Could not find file '/gone/blob'."));
        using var client = new HttpClient();

        // Act
        using var response = await client.GetAsync($"http://{server.Host}/v2/faults/blob-429/blobs/sha256:00");
        var body = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(body, Does.Contain("STAND_IN_FAILED").And.Contain("/gone/blob"));
    }

    [Test]
    public async Task A_handler_that_closes_its_response_does_not_answer_the_next_request_on_the_connection()
    {
        // Arrange: the handler closes its own response, then is slow to return (a loaded machine): the client's next
        // keep-alive request arrives meanwhile. A second close of the first response used to answer it "200, empty".
        using var server = new LoopbackHttpServer(async context =>
        {
            context.Response.StatusCode = 403;
            context.Response.ContentLength64 = 2;
            await context.Response.OutputStream.WriteAsync("no"u8.ToArray());
            context.Response.Close();
            await Task.Delay(300);
        });
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 });

        // Act
        using var first = await client.GetAsync($"http://{server.Host}/one");
        _ = await first.Content.ReadAsStringAsync();
        using var second = await client.GetAsync($"http://{server.Host}/two");

        // Assert
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "the second request got another request's close");
    }
}
