// The floor a .NET re-push cannot beat, measured the same way as the CLI (whole process, see ../pack-bench.sh):
//   (no arguments)  prints one line: runtime start-up alone, like `tollgate --version`;
//   head URL        sends one HTTP HEAD with HttpClient and prints the status: the least a re-push must do.
if (args is ["head", var url])
{
    using var client = new HttpClient();
    using var request = new HttpRequestMessage(HttpMethod.Head, url);
    request.Headers.Accept.ParseAdd("application/vnd.oci.image.manifest.v1+json"); // as tollgate asks for a tag
    using var response = await client.SendAsync(request);
    Console.WriteLine((int)response.StatusCode);
    return 0;
}

Console.WriteLine("hello");
return 0;
