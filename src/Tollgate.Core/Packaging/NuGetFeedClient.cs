using NuGet.Configuration;
using NuGet.Packaging;
using NuGet.Packaging.Core;
using NuGet.Protocol;
using NuGet.Protocol.Core.Types;
using NuGet.Versioning;
using Tollgate.Core.Util;

namespace Tollgate.Core.Packaging;

/// <summary>
/// Pushes model packages to, and fetches them from, a folder feed or an HTTP v3 feed through NuGet.Protocol.
/// The API key is only handed to NuGet's push; it is masked in every message this class forwards or throws.
/// </summary>
internal sealed class NuGetFeedClient(string source, string? apiKey = null, IProgress<string>? progress = null)
{
    private readonly bool isHttp = source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public string Source => isHttp ? source : Path.GetFullPath(source);

    /// <summary>Plain http is accepted only on loopback (a local test feed): elsewhere it would expose the API key.</summary>
    private bool IsLoopback => isHttp && Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.IsLoopback;

    public async Task<NuGetPushResult> PushAsync(string nupkgPath, CancellationToken cancellationToken = default)
    {
        var manifest = FolderFeed.ReadManifest(nupkgPath)
            ?? throw new TollgateException(ErrorCodes.NuGetPackageInvalid, $"{nupkgPath} is not a Tollgate model package (no {NuGetModelPackager.ContentFolder}/tollgate.model.json).", "Pack it with 'tollgate pack --nuget' first.");
        PackageIdentity identity;
        using (var reader = new PackageArchiveReader(nupkgPath))
        {
            identity = new PackageIdentity(reader.GetIdentity().Id, reader.GetIdentity().Version);
        }

        var packageDigest = Hashing.Digest(Hashing.Sha256File(nupkgPath));
        if (!isHttp)
        {
            Directory.CreateDirectory(Source);
        }

        var versions = await ListVersionsAsync(identity.Id, cancellationToken);
        if (versions.Contains(identity.Version))
        {
            var existing = await DownloadAsync(identity.Id, identity.Version, cancellationToken);
            try
            {
                var digest = FolderFeed.ReadManifest(existing)?.Digest;
                if (digest != manifest.Digest)
                {
                    throw new TollgateException(ErrorCodes.PackageFailed,
                        $"{Source} already holds {identity.Id} {identity.Version.ToNormalizedString()} with model digest {digest ?? "(none)"}, not {manifest.Digest}.",
                        "Published versions are immutable: bump model.version and retrain.");
                }

                return new NuGetPushResult(Source, identity.Id, identity.Version.ToNormalizedString(), manifest.Digest, Hashing.Digest(Hashing.Sha256File(existing)), true);
            }
            finally
            {
                File.Delete(existing);
            }
        }

        await Guard(async () =>
        {
            var update = await Repository().GetResourceAsync<PackageUpdateResource>(cancellationToken)
                ?? throw new TollgateException(ErrorCodes.NuGetSourceFailed, $"{Source} does not accept pushes.", "Use a folder feed or a v3 feed with a PackagePublish endpoint.");
            var log = new RedactingNuGetLogger(progress, apiKey);
            await update.Push(
                [nupkgPath], symbolSource: null!, timeoutInSecond: 300, disableBuffering: false,
                getApiKey: _ => apiKey ?? "", getSymbolApiKey: _ => "", noServiceEndpoint: false, skipDuplicate: false,
                symbolPackageUpdateResource: null!, allowInsecureConnections: IsLoopback, log: log);
            if (log.FirstError is { } error)
            {
                throw new TollgateException(ErrorCodes.NuGetSourceFailed, $"NuGet push to {Source} failed: {error}",
                    "Use an https:// source (plain http is only accepted on loopback) or a folder feed.");
            }
        });
        return new NuGetPushResult(Source, identity.Id, identity.Version.ToNormalizedString(), manifest.Digest, packageDigest, false);
    }

    /// <param name="versionSpec">An exact version (<c>1.4.0</c>) or a NuGet range (<c>[1.0,2.0)</c>, <c>1.*</c>); a range takes the highest match.</param>
    /// <param name="expectedName">Model name the package must hold, or null to accept any.</param>
    public async Task<NuGetFetchResult> FetchAsync(string packageId, string versionSpec, string outputDir, string? expectedName = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(packageId);
        var range = ParseSpec(versionSpec);
        var versions = await ListVersionsAsync(packageId, cancellationToken);
        var chosen = versions.Where(range.Satisfies).OrderDescending().FirstOrDefault()
            ?? throw new TollgateException(ErrorCodes.NuGetPackageNotFound,
                $"{Source} has no version of {packageId} matching {versionSpec} (available: {(versions.Count == 0 ? "none" : string.Join(", ", versions.Select(v => v.ToNormalizedString())))}).",
                "Check the package id (--package-id or package.id in tollgate.yml), the version and --from.");
        var nupkg = await DownloadAsync(packageId, chosen, cancellationToken);
        try
        {
            var manifest = ModelPackageExtractor.Extract(nupkg, outputDir, expectedName);
            return new NuGetFetchResult(Source, packageId, chosen.ToNormalizedString(), manifest.Name, manifest.Digest, Hashing.Digest(Hashing.Sha256File(nupkg)), Path.GetFullPath(outputDir));
        }
        finally
        {
            File.Delete(nupkg);
        }
    }

    public static VersionRange ParseSpec(string spec)
    {
        if (NuGetVersion.TryParse(spec, out var exact))
        {
            return new VersionRange(exact, true, exact, true);
        }

        return VersionRange.TryParse(spec, out var range) ? range
            : throw new TollgateException(ErrorCodes.NuGetVersionInvalid, $"'{spec}' is neither a version nor a NuGet version range.", "Use an exact version (1.4.0) or a range such as [1.0,2.0) or 1.*.");
    }

    private async Task<IReadOnlyList<NuGetVersion>> ListVersionsAsync(string packageId, CancellationToken cancellationToken)
    {
        if (!isHttp && !Directory.Exists(Source))
        {
            return [];
        }

        return await Guard(async () =>
        {
            using var cache = new SourceCacheContext { NoCache = true, DirectDownload = true };
            var find = await FindAsync(cancellationToken);
            return (await find.GetAllVersionsAsync(packageId, cache, new RedactingNuGetLogger(null, apiKey), cancellationToken)).ToList();
        });
    }

    /// <summary>Downloads into a temp file the caller deletes.</summary>
    private async Task<string> DownloadAsync(string packageId, NuGetVersion version, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tollgate-{Guid.NewGuid():N}.nupkg");
        await Guard(async () =>
        {
            using var cache = new SourceCacheContext { NoCache = true, DirectDownload = true };
            var find = await FindAsync(cancellationToken);
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20, useAsync: true);
            if (!await find.CopyNupkgToStreamAsync(packageId, version, file, cache, new RedactingNuGetLogger(null, apiKey), cancellationToken))
            {
                throw new TollgateException(ErrorCodes.NuGetPackageNotFound, $"{Source} lists {packageId} {version} but did not return it.", "Check the feed.");
            }

            return true;
        });
        return path;
    }

    private async Task<FindPackageByIdResource> FindAsync(CancellationToken cancellationToken) =>
        await Repository().GetResourceAsync<FindPackageByIdResource>(cancellationToken)
            ?? throw new TollgateException(ErrorCodes.NuGetSourceFailed, $"{Source} offers no package listing (PackageBaseAddress).", "Use a folder feed or a NuGet v3 feed.");

    private SourceRepository Repository() =>
        NuGet.Protocol.Core.Types.Repository.Factory.GetCoreV3(new PackageSource(Source) { AllowInsecureConnections = IsLoopback });

    private async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (ex is HttpRequestException or NuGet.Protocol.Core.Types.FatalProtocolException or InvalidOperationException or IOException)
        {
            var message = RedactingNuGetLogger.Redact(ex.InnerException is { } inner ? $"{ex.Message} ({inner.Message})" : ex.Message, apiKey);
            if (IsCorruptPackage(ex))
            {
                // The source answered; the package it holds is broken. Saying "check the URL and API key" would mislead.
                throw new TollgateException(ErrorCodes.NuGetPackageInvalid, $"A package in {Source} is corrupt: {message}", "Pack and push the model again from a trusted artifact, then remove the broken .nupkg.");
            }

            throw new TollgateException(ErrorCodes.NuGetSourceFailed, $"NuGet source {Source} failed: {message}",
                "Check the source URL or folder and the API key variable (--api-key-variable, package.apiKeyVariable or NUGET_API_KEY).");
        }
    }

    private static bool IsCorruptPackage(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is NuGet.Packaging.Core.PackagingException or InvalidDataException)
            {
                return true;
            }
        }

        return false;
    }

    private Task Guard(Func<Task> action) => Guard(async () =>
    {
        await action();
        return true;
    });
}
