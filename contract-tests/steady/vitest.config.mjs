export { default } from "@videogenapi/contract-test-harness/vitest-config";
