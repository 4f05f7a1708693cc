// plantoets-inbouwen.js: one module for hosts. Importing it defines <plan-toets>;
// attach() binds the checker to an existing form.
export { PlanToetsElement } from './plan-toets.js';
export { attach } from './attach.js';
export { laadKern } from './kern.js';
