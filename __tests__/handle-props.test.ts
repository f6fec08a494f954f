import * as fs from "fs";
import * as path from "path";
import { HandleExceptions, resourceHandles, SourceFile, stringHandleProblems } from "./support/handle-props";
import { sourceFiles } from "./support/props-docs";

const ROOT = path.join(__dirname, "..");

/** Props that stay strings, with why. Each must match a prop (a stale entry is reported). */
const EXCEPTIONS: HandleExceptions = {
  "*.compartmentId": "compartments come from config: the stack creates none (they belong to the landing zone)",
  "*.dataCompartmentId": "a compartment, from config",
  "*.securityCompartmentId": "a compartment, from config",
  "*.networkCompartmentId": "a compartment, from config",
  "*.repositoryCompartmentId": "a compartment, from config",
  "*.tenancyId": "the tenancy, from config: outside every stack",
  "FileIngestionProps.bucketName": "the name of the bucket the pattern creates, not a reference to another one",
  "ApiClientPlanProps.deploymentId":
    "the deployment is MessagesApi's own child and the plan's only caller passes its `id` attribute (a reference, so " +
    "the plan still waits for it); no other construct takes a deployment",
};

function read(dir: string): SourceFile[] {
  return sourceFiles(ROOT, dir).map((file) => ({ file, text: fs.readFileSync(path.join(ROOT, file), "utf8") }));
}

describe("handles passed as objects", () => {
  test("no construct prop holds another resource's OCID or name as a string where an interface exists", () => {
    const files = read("constructs");
    // The interfaces the check knows, so that a renamed one cannot make it pass silently.
    expect(Object.fromEntries(resourceHandles(files))).toMatchObject({
      logGroupId: "ILogGroup",
      bucketName: "IBucket",
      secretId: "ISecret",
      streamId: "IStream",
      functionId: "IFunction",
      keyId: "IEncryptionKey",
      topicId: "INotificationTopic",
      streamPoolId: "IStreamPool",
      subnetId: "ISubnet",
      nsgId: "INetworkSecurityGroup",
    });
    expect(stringHandleProblems(files, EXCEPTIONS)).toEqual([]);
  });

  test("the check finds a handle string, an OCID with no interface, and a stale exception", () => {
    // GIVEN a resource interface and props with each defect, an allowed exception and an object-typed prop
    const files: SourceFile[] = [
      {
        file: "log-group.ts",
        text: "export interface ILogGroup { readonly logGroupId: string }\n",
      },
      {
        file: "network-security-group.ts",
        text: "export interface INetworkSecurityGroup { readonly nsgId: string; readonly compartmentId: string }\n",
      },
      {
        file: "queue.ts",
        text: [
          "export interface QueueProps {",
          "  readonly logGroupId: string;",
          "  readonly gatewayNsgIds?: readonly string[];",
          "  readonly logGroup: ILogGroup;",
          "  readonly vcnId: string;",
          "  readonly compartmentId: string;",
          "  readonly displayName: string;",
          "}",
        ].join("\n"),
      },
    ];
    // THEN each defect is reported with file, line and prop; the compartment is an exception, not a handle
    expect(stringHandleProblems(files, { "*.compartmentId": "from config", "QueueProps.gone": "stale" })).toEqual([
      "queue.ts:2 QueueProps.logGroupId: a string where ILogGroup exists (it holds `logGroupId`): take the interface",
      "queue.ts:3 QueueProps.gatewayNsgIds: a string where INetworkSecurityGroup exists (it holds `nsgId`): take the interface",
      "queue.ts:5 QueueProps.vcnId: an OCID as a string with no resource interface: add one, or list it as an exception with a reason",
      "exception QueueProps.gone matches no prop: remove it",
    ]);
  });
});
