namespace Cake.Tollgate.Tests.Fakes;

/// <summary>Documents in the exact shape the CLI writes under --json (see Tollgate.Cli's commands), for the fake runner.</summary>
internal static class CliDocuments
{
    public const string Deployment = """
        { "id": "7", "environment": "staging", "model": { "name": "churn", "version": "1.0.1+sha.00575e75", "digest": "sha256:aaa" },
          "commit": "abc123", "artifacts": ["nuget:Contoso.Churn@1.0.1", "oci-layout:/repo/artifacts/oci@sha256:mmm"], "strategy": "direct",
          "trafficShare": 1, "actor": { "user": "alice" }, "createdAt": "2026-11-23T15:56:13+00:00", "gateSummary": "3 passed",
          "statuses": [ { "state": "queued", "at": "2026-11-23T15:56:13+00:00" }, { "state": "success", "at": "2026-11-23T15:56:14+00:00" } ],
          "state": "success" }
        """;

    public const string Promoted = "{ \"ok\": true, \"exitCode\": 0, \"outcome\": \"promoted\", \"deployment\": " + Deployment + ", \"report\": \"/repo/artifacts/reports/staging/gate-report.json\" }";

    public const string Status = """
        { "ok": true, "exitCode": 0, "backend": "local", "environments": [
          { "environment": "sandbox" },
          { "environment": "staging", "model": "churn", "version": "1.0.1+sha.00575e75", "digest": "sha256:aaa", "deploymentId": "7",
            "since": "2026-11-23T15:56:14+00:00", "by": "alice", "artifacts": ["nuget:Contoso.Churn@1.0.1", "oci-layout:/repo/artifacts/oci@sha256:mmm"] } ] }
        """;

    public const string OciFetch = """
        { "ok": true, "exitCode": 0, "location": "oci-layout:/repo/artifacts/oci", "name": "churn", "version": "1.0.1+sha.00575e75", "digest": "sha256:mmm",
          "contentDigest": "sha256:aaa", "output": "/work/repo/out", "reference": "oci-layout:/repo/artifacts/oci@sha256:mmm" }
        """;

    public const string EdgeError = """
        { "ok": false, "exitCode": 2, "error": { "code": "TOLLGATE0301", "message": "churn 1.0.1 is not live in 'staging'", "fix": "Promote it to 'staging' first." } }
        """;

    public const string GatesFailed = """
        { "ok": false, "exitCode": 1, "error": { "code": "TOLLGATE0401", "message": "churn 1.0.1 may not enter staging", "fix": "Improve the model." },
          "verdict": "fail", "report": "/repo/artifacts/reports/staging/gate-report.json" }
        """;

    public const string ValidateFailed = """
        { "ok": false, "exitCode": 1, "passed": false, "verdict": "fail", "report": "/r/gate-report.json", "reportDigest": "sha256:r", "markdown": "/r/gate-report.md",
          "junit": "/r/gate-report.junit.xml", "html": "/r/gate-report.html", "summary": "0 passed, 1 failed",
          "gates": [ { "name": "auc >= 0.99", "kind": "metric", "severity": "fail", "observed": 0.91, "threshold": ">= 0.99", "passed": false, "message": "gate 'auc >= 0.99' failed", "verdict": "fail" } ] }
        """;

    public const string TrainUpToDate = """
        { "ok": true, "upToDate": true, "artifact": "/repo/artifacts/model", "name": "churn", "version": "1.0.1", "digest": "sha256:aaa", "metrics": { "auc": 0.91 } }
        """;

    public const string ValidateReused = """
        { "ok": true, "exitCode": 0, "passed": true, "verdict": "pass", "reused": true, "report": "/r/gate-report.json", "reportDigest": "sha256:r", "markdown": "/r/gate-report.md",
          "junit": "/r/gate-report.junit.xml", "html": "/r/gate-report.html", "summary": "1/1 gates passed",
          "gates": [ { "name": "auc >= 0.8", "kind": "metric", "severity": "fail", "observed": 0.91, "threshold": ">= 0.8", "passed": true, "message": "gate 'auc >= 0.8' passed", "verdict": "pass" } ] }
        """;

    public const string Approval = """
        { "ok": true, "exitCode": 0, "model": { "name": "churn", "version": "1.0.1", "digest": "sha256:aaa" }, "environment": "production",
          "approvals": [ { "kind": "approval", "model": { "name": "churn", "version": "1.0.1", "digest": "sha256:aaa" }, "environment": "production",
            "actor": { "user": "alice" }, "at": "2026-11-23T15:56:13+00:00", "comment": "looks good" } ], "required": 2, "missing": 1 }
        """;

    public const string Retired = """
        { "ok": true, "exitCode": 0, "model": { "name": "churn", "version": "1.0.1", "digest": "sha256:aaa" }, "recorded": true,
          "inactivatedDeployments": ["7"], "emptiedEnvironments": ["staging"], "removedTags": ["oci-layout:/repo/oci:staging"], "archiveDir": "/repo/.tollgate/archive/churn/1.0.1" }
        """;

    public const string Drift = """
        { "ok": false, "exitCode": 1, "reference": "/work/repo/train.csv", "current": "/work/repo/recent.csv", "testedColumns": 2, "driftedColumns": 2,
          "driftShare": 1, "driftShareThreshold": 0.5, "datasetDrift": true,
          "columns": [ { "column": "a", "kind": "numeric", "status": "drift", "drifted": true, "test": "ks", "pValue": 0.0001 },
                       { "column": "b", "kind": "numeric", "status": "drift", "drifted": true, "test": "ks", "pValue": 0.0002 } ] }
        """;
}
