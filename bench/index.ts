/** `npm run bench`: the planning-cost table and the product's operations (needs `npm run build`), then intake parsing speed. */
import './operations.bench';
import './intake.bench';
