/**
 * A second cdktf app, built only from the entry point (constructs/index.ts), the way another team would adopt the
 * project: its own network, stream pool and streams, and the file-ingestion and data-sync patterns, each in one
 * statement. What a pattern is not given it creates with secure defaults: a virtual private vault and a rotated
 * master key for its buckets and secrets, a credential secret, an operations topic, the platform's log group.
 * (Each default vault is billed by the hour: pass `encryptionKey` to share one.)
 *
 * Synthesize it with `CDKTF_OUTDIR=/tmp/adopt node -r @swc-node/register examples/adopt/main.ts`
 * (`/tmp/adopt/stacks/adopt/cdk.tf.json`); `__tests__/adopt-example.test.ts` checks what it synthesizes.
 */
import { App, Aspects, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { OciProvider } from "../../.gen/providers/oci/provider";
import {
  DataSync,
  FileIngestion,
  FunctionsPlatform,
  Network,
  Policies,
  SecurityRulesAspect,
  Stream,
  StreamPool,
  Vault,
} from "../../constructs";

export interface AdoptionStackProps {
  /** OCI region identifier, e.g. `us-ashburn-1`. */
  readonly region: string;
  /** The tenancy: dynamic groups and tenancy-wide policies live in its root compartment. */
  readonly tenancyId: string;
  /** The one compartment of everything the app creates. */
  readonly compartmentId: string;
  /** Prefix of every name. */
  readonly namePrefix: string;
  /**
   * Base URL of the one REST API the data-sync messages are delivered to (target `api`, bearer token), for the one
   * API client `shop`.
   * @default "https://api.example.com"
   */
  readonly targetBaseUrl?: string;
}

export class AdoptionStack extends TerraformStack {
  public readonly ingestion: FileIngestion;
  public readonly dataSync: DataSync;

  constructor(scope: Construct, id: string, props: AdoptionStackProps) {
    super(scope, id);
    const { region, tenancyId, compartmentId, namePrefix } = props;
    new OciProvider(this, "oci", { region });
    // Grant methods add their statements here: one policy for the compartment, one for the tenancy.
    new Policies(this, "Policies", { namePrefix, compartments: { app: compartmentId }, tenancyId });

    const network = new Network(this, "Network", {
      compartmentId,
      namePrefix,
      dnsLabel: "adopt",
      vcnCidr: "10.50.0.0/16",
      publicSubnetCidr: "10.50.0.0/24",
      privateSubnetCidr: "10.50.1.0/24",
    });
    const vault = new Vault(this, "Vault", { compartmentId, namePrefix, region });
    const pool = new StreamPool(this, "Pool", {
      compartmentId,
      name: `${namePrefix}-pool`,
      encryptionKey: vault.masterKey,
      subnet: network.privateSubnet,
      networkSecurityGroups: [network.streamPoolNsg!],
    });
    const stream = (streamId: string, name: string) =>
      new Stream(this, streamId, {
        streamPool: pool,
        compartmentId,
        name: `${namePrefix}-${name}`,
        partitions: 1,
      });
    const platform = new FunctionsPlatform(this, "Functions", {
      namePrefix,
      region,
      tenancyId,
      compartmentId,
      networkCompartmentId: compartmentId,
      subnet: network.privateSubnet,
      networkSecurityGroups: [network.functionsNsg],
    });

    this.ingestion = new FileIngestion(this, "Ingest", { stream: stream("Files", "files"), platform });
    this.dataSync = new DataSync(this, "Sync", {
      platform,
      dataStream: stream("Data", "data"),
      recoverableStream: stream("Recoverable", "recoverable"),
      unrecoverableStream: stream("Unrecoverable", "unrecoverable"),
      publicSubnet: network.publicSubnet,
      gatewayNsg: network.gatewayNsg,
      settings: {
        targets: { api: { baseUrl: props.targetBaseUrl ?? "https://api.example.com", auth: { type: "bearer" } } },
        clients: { shop: { allowedTargets: ["api"] } },
      },
    });

    network.admitServiceConnectors(this);
    Aspects.of(this).add(new SecurityRulesAspect({ tenancyId, publicStreamPoolAllowed: false }));
  }
}

/** The app with one stack; its OCIDs are placeholders, as in config/example.json. */
export function buildAdoptionApp(outdir?: string): App {
  const app = new App(outdir ? { outdir } : undefined);
  new AdoptionStack(app, "adopt", {
    region: "us-ashburn-1",
    tenancyId: "ocid1.tenancy.oc1..aaaaaaaaexampletenancy000000000000000000000000000000000000",
    compartmentId: "ocid1.compartment.oc1..aaaaaaaaexampleapp0000000000000000000000000000000000000000",
    namePrefix: "adopt",
  });
  return app;
}

if (require.main === module) buildAdoptionApp().synth();
