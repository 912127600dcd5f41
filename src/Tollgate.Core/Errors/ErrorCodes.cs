// The constants document themselves by name; each code's meaning, cause and fix is its page docs/errors/CODE.md.
#pragma warning disable CS1591
namespace Tollgate.Core.Errors;

/// <summary>Every diagnostic code in one place; each has a page docs/errors/CODE.md.</summary>
#if TOLLGATE_TASKS
internal static class ErrorCodes // compiled into Tollgate.MSBuild's task assembly, which must not load Core
#else
public static class ErrorCodes
#endif
{
    public const string ConfigNotFound = "TOLLGATE0001";
    public const string ConfigInvalid = "TOLLGATE0002";
    public const string TrainingSpecInvalid = "TOLLGATE0003";
    public const string DataInvalid = "TOLLGATE0004";
    public const string Usage = "TOLLGATE0005";
    public const string ManifestInvalid = "TOLLGATE0101";
    public const string DigestMismatch = "TOLLGATE0102";
    public const string ArtifactNotFound = "TOLLGATE0103";
    public const string UnsafeArchiveEntry = "TOLLGATE0104";
    public const string LedgerCorrupt = "TOLLGATE0201";
    public const string LedgerLocked = "TOLLGATE0202";
    public const string PromotionEdge = "TOLLGATE0301";
    public const string UnknownEnvironment = "TOLLGATE0302";
    public const string GateFailed = "TOLLGATE0401";
    public const string GateInvalid = "TOLLGATE0402";
    public const string MetricMissing = "TOLLGATE0403";
    public const string PackageFailed = "TOLLGATE0501";
    public const string HealthSourceInvalid = "TOLLGATE0303";
    public const string RollbackImpossible = "TOLLGATE0304";
    public const string RolloutFailed = "TOLLGATE0305";
    public const string GitHubSettingsInvalid = "TOLLGATE0801";
    public const string GitHubUnauthorized = "TOLLGATE0802";
    public const string GitHubForbidden = "TOLLGATE0803";
    public const string GitHubNotFound = "TOLLGATE0804";
    public const string GitHubValidationFailed = "TOLLGATE0805";
    public const string GitHubRequiredContexts = "TOLLGATE0806";
    public const string GitHubRateLimited = "TOLLGATE0807";
    public const string GitHubUnavailable = "TOLLGATE0808";
    public const string GitHubUnexpectedResponse = "TOLLGATE0809";
    public const string GitHubForeignDeployment = "TOLLGATE0810";
    public const string OciReferenceInvalid = "TOLLGATE0701";
    public const string OciUnauthorized = "TOLLGATE0702";
    public const string OciDenied = "TOLLGATE0703";
    public const string OciNotFound = "TOLLGATE0704";
    public const string OciRegistryFailed = "TOLLGATE0705";
    public const string OciLayoutInvalid = "TOLLGATE0706";
    public const string OciManifestInvalid = "TOLLGATE0707";
    public const string OciOutputNotEmpty = "TOLLGATE0708";
    public const string ApprovalRequired = "TOLLGATE0310";
    public const string ApproverNotAllowed = "TOLLGATE0311";
    public const string ApprovalsNotConfigured = "TOLLGATE0312";
    public const string ModelVersionUnknown = "TOLLGATE0313";
    public const string VersionRetired = "TOLLGATE0314";
    public const string PromotionRaceLost = "TOLLGATE0315";
    public const string RetrainedModelWorse = "TOLLGATE0316";
    public const string RetrainBaselineMissing = "TOLLGATE0317";
    public const string StatInputInvalid = "TOLLGATE0601";
    public const string StatParameterInvalid = "TOLLGATE0602";
    public const string DataFileEmpty = "TOLLGATE0603";
    public const string DataRaggedRow = "TOLLGATE0604";
    public const string DataValueInvalid = "TOLLGATE0605";
    public const string DataHeaderMismatch = "TOLLGATE0606";
    public const string DataColumnNotFound = "TOLLGATE0607";
    public const string DataFormatUnsupported = "TOLLGATE0608";
    public const string DataFileNotFound = "TOLLGATE0609";
    public const string NuGetPackageTooLarge = "TOLLGATE0520";
    public const string NuGetSourceFailed = "TOLLGATE0521";
    public const string NuGetPackageNotFound = "TOLLGATE0522";
    public const string NuGetVersionInvalid = "TOLLGATE0523";
    public const string NuGetPackageInvalid = "TOLLGATE0524";
    public const string GateTaskUnsupported = "TOLLGATE0410";
    public const string GateInputInvalid = "TOLLGATE0411";

    // trust (issue 13): model signatures, promotion attestations and the policies that require them.
    public const string SigningKeyInvalid = "TOLLGATE1301";
    public const string SignatureBundleInvalid = "TOLLGATE1302";
    public const string SignaturePayloadInvalid = "TOLLGATE1303";
    public const string SignatureInvalid = "TOLLGATE1304";
    public const string SignedFileMismatch = "TOLLGATE1305";
    public const string SignatureMissing = "TOLLGATE1306";
    public const string AttestationMissing = "TOLLGATE1310";
    public const string AttestationInvalid = "TOLLGATE1311";
    public const string AttestationChainBroken = "TOLLGATE1312";
    public const string AttestedLedgerHeadMissing = "TOLLGATE1313";

    // State that travels (issue 12): git-backed ledger, fresh-agent artifacts, GitHub backend settings.
    public const string GitLedgerUnavailable = "TOLLGATE1200";
    public const string GitLedgerContended = "TOLLGATE1201";
    public const string GitLedgerSettingsInvalid = "TOLLGATE1202";
    public const string PublishedArtifactUnavailable = "TOLLGATE1203";
    public const string GitHubTokenMissingInActions = "TOLLGATE1204";
    // Crash consistency and races (harden-crash): TOLLGATE1100–TOLLGATE1199.
    public const string OciLayoutLocked = "TOLLGATE1100";
    // Cake front end (Cake.Tollgate reports these itself; it cannot reference Core, so it repeats the values).
    public const string CakeCliNotFound = "TOLLGATE1550";
    public const string CakeCliOutputUnreadable = "TOLLGATE1551";
    public const string CakeEnvironmentEmpty = "TOLLGATE1552";

    // MSBuild front end and packaging (Tollgate.MSBuild, train lineage): TOLLGATE1500–TOLLGATE1549.
    public const string CliFailedSilently = "TOLLGATE1500";
    public const string TrainedWithoutCleanCommit = "TOLLGATE1501";
    public const string EnvironmentPropertyMissing = "TOLLGATE1502";
    public const string CliNotFound = "TOLLGATE1503";

    // harden-data (issue 10): data loss, trust, clean failures, validation at load.
    public const string OutputHoldsProtectedFolder = "TOLLGATE1000";
    public const string OutputNotArtifact = "TOLLGATE1001";
    public const string ArtifactFromOlderVersion = "TOLLGATE1002";
    public const string FileSystemFailed = "TOLLGATE1003";
    public const string UnexpectedFailure = "TOLLGATE1004";
    public const string ConfigPathOutsideRepository = "TOLLGATE1005";
    public const string ConfigNotUtf8 = "TOLLGATE1006";
    public const string InputTooLarge = "TOLLGATE1007";
    public const string ArchiveCorrupt = "TOLLGATE1008";

    // Statistics for live decisions (issue 14): canary judge outcomes and per-deployment health counts.
    public const string CanaryRegression = "TOLLGATE1401";
    public const string CanarySampleRatioMismatch = "TOLLGATE1402";
    public const string CanaryInconclusive = "TOLLGATE1403";
    public const string HealthCountsInvalid = "TOLLGATE1404";

    // GitHub audit records as deployment statuses (issue 12).
    public const string GitHubAuditHostMissing = "TOLLGATE1720";

    // trust (issue 13): attestations that travel with the deployment, artifacts from earlier versions.
    public const string AttestationDigestMismatch = "TOLLGATE1880";
    public const string LegacyMetricsRefused = "TOLLGATE1881";
    public const string DigestFormatUnknown = "TOLLGATE1882";

    // Typed identifiers (identity, issue 11): TOLLGATE1900–TOLLGATE1919.
    public const string ModelSpecInvalid = "TOLLGATE1900";
    public const string ArtifactReferenceDeprecated = "TOLLGATE1901";

    /// <summary>
    /// An artifact reference (oci://, oci-layout:, nuget:) that does not parse: TOLLGATE0701, which already was the
    /// reference code, named for every reference kind. Another name for <see cref="OciReferenceInvalid"/>, not a new code.
    /// </summary>
    public static string ArtifactReferenceInvalid => OciReferenceInvalid;

    // Per-model environments (scope3): TOLLGATE2040–TOLLGATE2049.

    /// <summary>Warning: a ledger written by an earlier version made this model's live deployment inactive when another model went live in the environment.</summary>
    public const string SupersededByAnotherModel = "TOLLGATE2040";

    /// <summary>All codes, for the convention test that every code has a docs page.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        ConfigNotFound, ConfigInvalid, TrainingSpecInvalid, DataInvalid, Usage,
        ManifestInvalid, DigestMismatch, ArtifactNotFound, UnsafeArchiveEntry,
        LedgerCorrupt, LedgerLocked, PromotionEdge, UnknownEnvironment,
        GateFailed, GateInvalid, MetricMissing, PackageFailed,
        HealthSourceInvalid, RollbackImpossible, RolloutFailed,
        GitHubSettingsInvalid, GitHubUnauthorized, GitHubForbidden, GitHubNotFound, GitHubValidationFailed,
        GitHubRequiredContexts, GitHubRateLimited, GitHubUnavailable, GitHubUnexpectedResponse, GitHubForeignDeployment,
        OciReferenceInvalid, OciUnauthorized, OciDenied, OciNotFound,
        OciRegistryFailed, OciLayoutInvalid, OciManifestInvalid, OciOutputNotEmpty,
        ApprovalRequired, ApproverNotAllowed, ApprovalsNotConfigured, ModelVersionUnknown,
        VersionRetired, PromotionRaceLost, RetrainedModelWorse, RetrainBaselineMissing,
        StatInputInvalid, StatParameterInvalid, DataFileEmpty, DataRaggedRow,
        DataValueInvalid, DataHeaderMismatch, DataColumnNotFound, DataFormatUnsupported, DataFileNotFound,
        NuGetPackageTooLarge, NuGetSourceFailed, NuGetPackageNotFound, NuGetVersionInvalid, NuGetPackageInvalid,
        GateTaskUnsupported, GateInputInvalid,

        // trust (issue 13)
        SigningKeyInvalid, SignatureBundleInvalid, SignaturePayloadInvalid, SignatureInvalid, SignedFileMismatch, SignatureMissing,
        AttestationMissing, AttestationInvalid, AttestationChainBroken, AttestedLedgerHeadMissing,

        GitLedgerUnavailable, GitLedgerContended, GitLedgerSettingsInvalid, PublishedArtifactUnavailable, GitHubTokenMissingInActions,
        OciLayoutLocked,
        CakeCliNotFound, CakeCliOutputUnreadable, CakeEnvironmentEmpty,
        CliFailedSilently, TrainedWithoutCleanCommit, EnvironmentPropertyMissing, CliNotFound,
        OutputHoldsProtectedFolder, OutputNotArtifact, ArtifactFromOlderVersion, FileSystemFailed,
        UnexpectedFailure, ConfigPathOutsideRepository, ConfigNotUtf8, InputTooLarge, ArchiveCorrupt,
        CanaryRegression, CanarySampleRatioMismatch, CanaryInconclusive, HealthCountsInvalid,
        GitHubAuditHostMissing,

        // trust (issue 13): travelling attestations, legacy artifacts
        AttestationDigestMismatch, LegacyMetricsRefused, DigestFormatUnknown,

        // identity (issue 11)
        ModelSpecInvalid, ArtifactReferenceDeprecated,

        // per-model environments (scope3)
        SupersededByAnotherModel,
    ];
}
