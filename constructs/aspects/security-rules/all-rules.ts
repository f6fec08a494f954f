import { apigatewayRules } from "./apigateway-rules";
import { bucketRules } from "./bucket-rules";
import { compartmentRules } from "./compartment-rules";
import { functionsRules } from "./functions-rules";
import { iamRules } from "./iam-rules";
import { kmsRules } from "./kms-rules";
import { networkRules } from "./network-rules";
import { SecurityRule } from "./rule";
import { streamingRules } from "./streaming-rules";

/** Every rule the security aspect checks, in the order they are reported. */
export const ALL_RULES: readonly SecurityRule[] = [
  ...bucketRules,
  ...kmsRules,
  ...networkRules,
  ...iamRules,
  ...streamingRules,
  ...functionsRules,
  ...compartmentRules,
  ...apigatewayRules,
];
