using System.Text.Json;
using Tollgate.Core.Errors;

namespace Tollgate.Cli;

/// <summary>
/// Maps exceptions Tollgate did not anticipate to coded input errors (exit 2, never 1, which means "a check failed").
/// The message keeps the runtime's reason but never a .NET type name or stack trace.
/// </summary>
internal static class UnexpectedFailures
{
    public static TollgateException ToTollgate(Exception ex) => ex switch
    {
        TollgateException t => t,
        AggregateException { InnerExceptions.Count: 1 } a => ToTollgate(a.InnerException!),
        TypeInitializationException { InnerException: { } inner } => ToTollgate(inner),
        OutOfMemoryException or InsufficientExecutionStackException => new(
            ErrorCodes.InputTooLarge, "Tollgate ran out of memory reading the input.", "Check the input's size against the limits in README.md (Guarantees).", ex),
        InvalidDataException => new(
            ErrorCodes.ArchiveCorrupt, $"A file is corrupt or not in the expected format: {ex.Message}", "Rebuild or re-download the file; check the path names the file you meant.", ex),
        UnauthorizedAccessException or IOException => new(
            ErrorCodes.FileSystemFailed, $"File system operation failed: {ex.Message}", "Check the path: it must exist, be a folder or file as expected, and be readable/writable.", ex),
        HttpRequestException or TaskCanceledException => new(
            ErrorCodes.UnexpectedFailure, $"A network request failed: {ex.Message}", "Check the URL and that the server is reachable; re-run when it is.", ex),
        JsonException => new(
            ErrorCodes.UnexpectedFailure, $"Invalid JSON: {ex.Message}", "Check the JSON file or server response named above.", ex),
        _ => new(
            ErrorCodes.UnexpectedFailure, $"Unexpected failure: {ex.Message}", "Check the inputs of this command; re-run with --verbose and report the stack trace if it looks like a bug.", ex),
    };
}
