import "cdktf/lib/testing/adapters/jest";
import { Testing } from "cdktf";
import { LoggingLog } from "../.gen/providers/oci/logging-log";
import { LoggingLogGroup } from "../.gen/providers/oci/logging-log-group";
import { LogGroup } from "../constructs/resources/log-group";
import { COMPARTMENT } from "./support/bare-stack";

describe("LogGroup", () => {
  test("is the provider's log group at the address its id gives, so adopting it moves nothing", () => {
    // GIVEN a bare stack WHEN a log group is made with id ServiceLogs
    const synthesized = Testing.synthScope((scope) => {
      const logGroup = new LogGroup(scope, "ServiceLogs", { compartmentId: COMPARTMENT, displayName: "logs" });
      new LoggingLog(scope, "Log", { logGroupId: logGroup.logGroupId, displayName: "l", logType: "CUSTOM" });
    });

    // THEN its Terraform name is the id alone (as a LoggingLogGroup made directly), and logGroupId refers to it
    expect(synthesized).toHaveResourceWithProperties(LoggingLogGroup, { compartment_id: COMPARTMENT });
    expect(Object.keys(JSON.parse(synthesized).resource.oci_logging_log_group)).toEqual(["ServiceLogs"]);
    expect(synthesized).toHaveResourceWithProperties(LoggingLog, {
      log_group_id: "${oci_logging_log_group.ServiceLogs.id}",
    });
  });

  test("an existing log group is taken by its OCID", () => {
    expect(LogGroup.fromLogGroupId("ocid1.loggroup.oc1.iad.x")).toEqual({ logGroupId: "ocid1.loggroup.oc1.iad.x" });
  });
});
