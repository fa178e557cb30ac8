curl -I "https://videogenapi.com/api/v1/video/gen_686717fe97bd3_055867"
