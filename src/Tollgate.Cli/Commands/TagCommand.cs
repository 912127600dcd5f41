using System.CommandLine;
using Tollgate.Core.Errors;
using Tollgate.Core.Identity;
using Tollgate.Core.Oci;

namespace Tollgate.Cli.Commands;

/// <summary><c>tollgate tag --digest sha256:… --tag staging</c>: re-tags an existing manifest (no upload, same digest).</summary>
internal static class TagCommand
{
    public static Command Create()
    {
        var oci = new Option<string?>("--oci") { Description = "Registry repository, e.g. oci://127.0.0.1:5000/models/churn." };
        var layout = new Option<string?>("--oci-layout") { Description = "OCI image layout folder." };
        var digest = new Option<string>("--digest") { Description = "Manifest digest to tag (sha256:…).", Required = true };
        var tags = new Option<string[]>("--tag") { Description = "Tag(s) to point at the digest, e.g. staging (repeatable).", Required = true };
        var json = CommonOptions.Json();
        var command = new Command("tag", "Point environment tags (staging, production) at a pushed manifest by digest.")
        {
            oci, layout, digest, tags, json,
        };
        command.SetHandler(async (parse, ct) =>
        {
            var (registry, dir) = (parse.GetValue(oci), parse.GetValue(layout));
            if ((registry is null) == (dir is null))
            {
                throw new TollgateException(ErrorCodes.ArtifactReferenceInvalid, "Give exactly one of --oci oci://REGISTRY/REPO or --oci-layout DIR.", "Example: tollgate tag --oci oci://127.0.0.1:5000/models/churn --digest sha256:… --tag staging");
            }

            var store = OciLocation.Open(registry is not null
                ? ReferenceInput.Parse(registry, "--oci", ArtifactReferenceKind.OciRegistry, ArtifactReferenceKind.OciLayout).Unpinned()
                : ArtifactReference.Layout(dir!));
            try
            {
                var results = new List<OciTagResult>();
                foreach (var tag in parse.GetValue(tags)!)
                {
                    results.Add(await OciTagger.TagAsync(store, parse.GetValue(digest)!, tag, ct));
                }

                OciOutput.Write(parse.GetValue(json), new { tags = results }, results.Select(r => $"Tagged {r.Reference} -> {r.Digest}").ToArray());
                return 0;
            }
            finally
            {
                (store as IDisposable)?.Dispose();
            }
        });
        return command;
    }
}
