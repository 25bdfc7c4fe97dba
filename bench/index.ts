/** `npm run bench`: the planning-cost table and the product's operations at 23, 170 and 400 units, a 170-unit season past the logs' first grids (needs `npm run build`), then intake parsing speed. */
import './operations.bench';
import './season.bench';
import './intake.bench';
