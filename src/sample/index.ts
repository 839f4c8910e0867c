export * from "./prng";
export * from "./sampleRegister";
export * from "./sampleRegisterChinese";
export * from "./generateRegister";
export * from "./sampleChaseLog";
export { SCENARIOS, type Scenario } from "./sampleLines";
