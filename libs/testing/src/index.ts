export { machineEdges, uncoveredEdges, type MachineEdge } from './machine-coverage';
export { testEvent, TEST_NOW } from './engine-events';
