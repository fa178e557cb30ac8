export { default } from "@videogenapi/runtime-test-harness/vitest-config";
