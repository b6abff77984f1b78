/**
 * Product groups and the CPV prefixes that select them (../shared/guidelines/product-groups.md).
 * A notice's CPV code selects the group whose prefix is the longest prefix of the code.
 * `kind` tells criteria such as labour rights ("all goods groups") which groups buy goods.
 * Record every change of prefixes here, with why.
 */
import type { ProductGroup } from './schema';

export const productGroups: ProductGroup[] = [
  { id: 'ict-devices', name: 'Computers, monitors, tablets, smartphones, peripherals', cpvPrefixes: ['3021', '3023', '30213', '30231', '30237', '32250', '50312'], kind: 'goods', gppSet: 'Computers, monitors, tablets and smartphones (2021)' },
  { id: 'imaging', name: 'Printers, copiers, consumables, print services', cpvPrefixes: ['3012', '30232', '50313', '798'], kind: 'mixed', gppSet: 'Imaging equipment, consumables and print services (2020)' },
  { id: 'data-centres-cloud', name: 'Data centres, server rooms, hosting and cloud services', cpvPrefixes: ['723', '72415', '4880', '725'], kind: 'services', gppSet: 'Data centres, server rooms and cloud services (2020)' },
  { id: 'software-digital', name: 'Software, information systems, digital services', cpvPrefixes: ['48', '72', '7222', '72413'], kind: 'mixed', gppSet: null },
  { id: 'iot-smart-infrastructure', name: 'Sensors, telemetry, traffic monitoring, surveillance, networks, command and control', cpvPrefixes: ['35125', '32441', '34970', '34926', '3512', '42961', '3242', '325', '3843'], kind: 'goods', gppSet: null },
  { id: 'lighting-signals', name: 'Road lighting, outdoor lighting, traffic signals, their installation and maintenance', cpvPrefixes: ['34993', '34928', '31527', '315', '45316', '5023', '34996'], kind: 'mixed', gppSet: 'Road lighting and traffic signals (2018)' },
  { id: 'vehicles-transport', name: 'Vehicles, buses, e-mobility, passenger and freight road transport services', cpvPrefixes: ['341', '6011', '6013', '6014', '6016', '64121', '31158', '31681'], kind: 'mixed', gppSet: 'Road transport (2019) and the Clean Vehicles Directive' },
  { id: 'waste-services', name: 'Refuse collection, disposal and treatment, street cleaning', cpvPrefixes: ['905', '9061'], kind: 'services', gppSet: 'Road transport (waste collection) and public space maintenance (2019)' },
  { id: 'electricity-energy', name: 'Electricity supply, renewable energy, energy services', cpvPrefixes: ['093', '0931', '0933', '6531', '71314'], kind: 'mixed', gppSet: 'Electricity (2012)' },
  { id: 'buildings', name: 'Building design, construction, refurbishment, HVAC, facility management', cpvPrefixes: ['4521', '4545', '4533', '712', '713', '79993', '7033'], kind: 'works', gppSet: 'Office building design, construction and management (2016)' },
  { id: 'roads', name: 'Road design, construction, maintenance, road markings', cpvPrefixes: ['4523', '7132', '44811'], kind: 'works', gppSet: 'Road design, construction and maintenance (2016); paints and road markings (2018)' },
  { id: 'food-catering', name: 'Food, catering, canteens, vending machines', cpvPrefixes: ['15', '553', '555', '42933'], kind: 'mixed', gppSet: 'Food, catering services and vending machines (2019)' },
  { id: 'cleaning', name: 'Cleaning products and indoor cleaning services, hygiene paper', cpvPrefixes: ['398', '9091', '3376'], kind: 'mixed', gppSet: 'Indoor cleaning services (2018)' },
  { id: 'furniture', name: 'Furniture and its repair', cpvPrefixes: ['391', '5085'], kind: 'goods', gppSet: 'Furniture (2017)' },
  { id: 'textiles', name: 'Clothing, workwear, textiles, laundry', cpvPrefixes: ['18', '192', '395', '9831'], kind: 'mixed', gppSet: 'Textile products and services (2017)' },
  { id: 'public-space', name: 'Green areas, horticulture, urban cleaning, gardening machinery', cpvPrefixes: ['773', '906', '16311'], kind: 'mixed', gppSet: 'Public space maintenance (2019)' },
  { id: 'paper-printing', name: 'Paper, stationery, printed matter', cpvPrefixes: ['30197', '30199', '22'], kind: 'goods', gppSet: 'Copying and graphic paper (2008)' },
  { id: 'water-infrastructure', name: 'Water distribution, sewage, waste-water infrastructure', cpvPrefixes: ['651', '4523215', '904', '45252'], kind: 'works', gppSet: 'Waste-water infrastructure (2013)' },
];
