import { Construct } from "constructs";
import { StreamClientConfig, StreamKey } from "../../config/schema";
import { Grantee } from "../resources/policy-statement";
import { IStream } from "../resources/stream";

export interface StreamClientsProps {
  /** The stack's streams, by their key under streaming.streams. */
  readonly streams: Readonly<Record<StreamKey, IStream>>;
  /** Your producers and consumers, by name (config streaming.clients). */
  readonly clients: Readonly<Record<string, StreamClientConfig>>;
}

/**
 * The subject of a stream client's statements. Groups and dynamic groups by OCID (`group id <ocid>`,
 * `dynamic-group id <ocid>`: "Policy Syntax: Subjects", https://docs.oracle.com/iaas/Content/Identity/policysyntax/subject.htm);
 * an OKE workload as `any-user` narrowed to its cluster, namespace and service account, the form "Granting Workloads
 * Access to OCI Resources" gives (https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contenggrantingworkloadaccesstoresources.htm).
 */
export function streamClientGrantee(principal: StreamClientConfig["principal"]): Grantee {
  switch (principal.type) {
    case "group":
      return { policySubject: `group id ${principal.id}`, policyConditions: [] };
    case "dynamic-group":
      return { policySubject: `dynamic-group id ${principal.id}`, policyConditions: [] };
    case "oke-workload":
      return {
        policySubject: "any-user",
        policyConditions: [
          "request.principal.type = 'workload'",
          `request.principal.namespace = '${principal.namespace}'`,
          `request.principal.service_account = '${principal.serviceAccount}'`,
          `request.principal.cluster_id = '${principal.clusterId}'`,
        ],
      };
  }
}

/**
 * Your own applications' rights on the stack's streams: for each client and each stream it names, `use stream-push`
 * and/or `use stream-pull` scoped to that stream (and, for a Kafka client, the scoped `manage streams` the Kafka docs
 * ask for). A stream or principal the config does not know is refused at synth (config/schema.ts).
 */
export class StreamClients extends Construct {
  constructor(scope: Construct, id: string, props: StreamClientsProps) {
    super(scope, id);
    for (const [name, client] of Object.entries(props.clients)) {
      const grantee = streamClientGrantee(client.principal);
      for (const [key, use] of Object.entries(client.streams)) {
        const stream = props.streams[key as StreamKey];
        if (!stream)
          throw new Error(`StreamClients: client ${name} names stream ${key}, which the stack does not have`);
        if (use === "push" || use === "both") stream.grantPush(grantee);
        if (use === "pull" || use === "both") stream.grantPull(grantee);
        if (client.kafka) stream.grantKafka(grantee, use);
      }
    }
  }
}
